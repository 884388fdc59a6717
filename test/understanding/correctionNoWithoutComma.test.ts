// "No they're on the EA": a "no" opening a sentence, typed without its comma before a statement
// of what is so, corrects what was said before it; it is no negation of what follows.
import { checkKind } from './kindCheck';

describe('correction: "no they are…" without a comma', () => {
  checkKind([
    ['en-US', 'They bought Azure straight from Microsoft. No they are on an Enterprise Agreement, I checked.', { channel: 'ea', service: 'usage' }],
    [
      'en-US',
      'The customer got M365 through an EA. no it was bought on the Microsoft website. We are T1.',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    // "No they're not on…" stays a negation of what follows.
    ['en-US', 'They bought Azure straight from Microsoft. No they are not on an EA.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
