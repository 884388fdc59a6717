// Kind "whose": "viszonteladóknak adunk el" (we sell to resellers) names the partner's customers,
// not a seller the customer bought from: a "not CSP" after it makes no third party of them.
import { checkKind } from './kindCheck';

describe('whose: the resellers the partner sells to are no seller of the customer\'s, "not CSP" or not', () => {
  checkKind([['hu-HU', 'Mi viszonteladóknak adunk el, nem vagyunk CSP.', {}]]);
});
