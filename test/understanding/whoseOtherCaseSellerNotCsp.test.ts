// A seller said not to be a CSP inside another case's words ("the one who bought from a local IT vendor
// (not a CSP) is the parent company") is that case's seller: it says nothing of this customer's channel.
import { checkKind } from './kindCheck';

describe("whose: a seller that is not a CSP, inside another case's words, is not this customer's channel", () => {
  checkKind([['en-US', 'The one who bought from a local IT vendor (not a CSP) is the parent company. We are a direct partner.', { partnerType: 'direct' }]]);
});
