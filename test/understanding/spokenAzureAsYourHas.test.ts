// Dictation writes "Azure" as "as your" after a verb of having too ("the customer has as your
// from…", "they got as your through…"); "has as your partner" keeps its own meaning.
import { checkKind } from './kindCheck';

describe('spoken: "has as your" dictated for "has Azure"', () => {
  checkKind([
    [
      'en-US',
      'the client has as your from a web hosting company, not a CSP, and we are tee one',
      { channel: 'thirdParty', service: 'usage', partnerType: 'direct' },
    ],
    ['en-US', 'they got as your through another see ess pee partner', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'the customer has as your partner a company in Ohio', {}],
  ]);
});
