// A seller said not to be a CSP partner is a third party even when its words also name the
// channel "somewhere else" ("a local IT vendor (not a CSP)"): only a partner role or a blocking
// phrase over the seller's words sets it aside, not the vaguer channel it overlaps.
import { checkKind } from './kindCheck';

describe('channel: a seller that is also "somewhere else", said not to be a CSP, is a third party', () => {
  checkKind([['en-US', 'They bought the Azure from a local IT vendor (not a CSP).', { channel: 'thirdParty', service: 'usage' }]]);
});
