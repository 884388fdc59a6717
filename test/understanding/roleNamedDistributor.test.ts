// The partner's role said through the distributor it buys from, by name ("we buy through
// Ingram", "we get everything from Pax8"): an indirect reseller, as "we buy through a
// distributor" already was. "Distie" is a distributor, as "disti" already was.
import { checkKind } from './kindCheck';

describe('role: buying through a named distributor, "distie"', () => {
  checkKind([
    ['en-US', 'Azure from another CSP; we buy through Ingram on this account.', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' }],
    ['en-US', 'O365 bought from Microsoft online, we get everything from Pax8.', { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' }],
    ['en-US', 'Their Azure came through TD Synnex, via another CSP.', { channel: 'otherCsp', service: 'usage' }],
    [
      'en-US',
      "o365 from their old csp, they want support only, we're a distie",
      { channel: 'otherCsp', service: 'license', goal: 'support', partnerType: 'indirectProvider' },
    ],
  ]);
});
