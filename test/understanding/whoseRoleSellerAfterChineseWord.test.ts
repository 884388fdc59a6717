// "They bought it from Brightline. 好的，Brightline is a T2 reseller": a message in English with a
// Chinese word opening the sentence ("好的", "OK") glued to its comma. What follows the comma still
// opens with the seller the customer bought from, so the role is that seller's, not the partner's,
// as without the word.
import { checkKind } from './kindCheck';

describe('whose: a role said of the seller named before, after a Chinese word opening its sentence', () => {
  checkKind([
    [
      'en-US',
      'They bought Office 365 from Brightline, another CSP partner. 好的，Brightline is a T2 reseller under TD Synnex. We are direct bill ourselves.',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
    ['en-US', 'They bought from Northgate Technology. 好的，Northgate was a T2 reseller.', {}],
  ]);
});
