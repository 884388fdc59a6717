// A hypothetical states nothing of the case: "if they were on EA we'd…", "what would change if
// they had bought it from another CSP?", "hypothetically, …". What the message says outside the
// hypothetical's sentence, or before its opening words, still holds.
import { checkKind } from './kindCheck';

describe('hypotheticals: a conditional sentence states nothing of the case', () => {
  checkKind([
    [
      'en-US',
      'Tailspin Freight pays for Azure straight to Microsoft with a card. What would be different if they had bought it through a CSP instead?',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'en-US',
      'Northwind Books has Office 365 E3 on an Open Value agreement. If they were on an EA we would need a different checklist, but they are not.',
      { channel: 'open', service: 'license' },
    ],
    ['en-US', 'Hypothetically, a customer with Dynamics 365 from a hosting company: could we take that over? We are a T1.', { partnerType: 'direct' }],
    [
      'en-US',
      'We are an indirect provider. Would it matter if the end customer had an EA for its Azure? Just asking for the slide deck.',
      { partnerType: 'indirectProvider' },
    ],
  ]);
});

describe("hypotheticals: a channel planned for later is not today's", () => {
  checkKind([
    [
      'en-US',
      'Their Azure is bought from Microsoft on a card today. In two years they intend to sign an EA, maybe.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
