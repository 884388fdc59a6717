// "No we're not, …" / "no they're not, …" said after a statement takes it back: the answer said
// after it is the one that stands (and its "not" negates nothing said after it).
import { checkKind } from './kindCheck';

describe('correction: "no we\'re not, …" takes back what was said before', () => {
  checkKind([
    ['en-US', "We're the distributor on this deal.\nPriya: no we're not, this time we're the reseller under Pax8.", { partnerType: 'indirectReseller' }],
    ['en-US', "Azure is on their EA. Wait, no it's not, they moved it to another CSP partner in March.", { channel: 'otherCsp', service: 'usage' }],
    // "No, they are not" answering a question asked of one option still says no to it.
    ['en-US', 'Is their Microsoft 365 on an EA? No, it is not.', { service: 'license' }],
  ]);
});
