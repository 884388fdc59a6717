// Another case compared in passing: "Unlike Fabrikam, who were on Open, …", "remember how the
// Tailspin case went: …" speak of that case; the words after the comparison are this case's.
import { checkKind } from './kindCheck';

describe('cases: another case compared in passing', () => {
  checkKind([
    [
      'en-US',
      'Unlike Northwind last year, who bought from a hosting company, Lakeshore Dental is on an EA for their Office 365 seats.',
      { channel: 'ea', service: 'license' },
    ],
    ['en-US', 'Unlike Proseware, Lakeshore Dental pays Microsoft directly for its Azure.', { channel: 'microsoft', service: 'usage' }],
    [
      'en-US',
      'Remember how the Proseware case went: they had Dynamics 365 on an EA. This one has Exchange Online from another CSP partner.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'en-US',
      'Same deal as Proseware? No, Proseware was on Open Value. Lakeshore buys its Azure from Microsoft by card.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
