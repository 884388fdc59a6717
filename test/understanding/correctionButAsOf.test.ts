// "…but as of January we …": what follows "but as of" is the state from then on, and takes back
// what was said of before ("our distributor used to be Pax8"), as "but now" does.
import { checkKind } from './kindCheck';

describe('correction: "but as of <when>" replaces what was before', () => {
  checkKind([
    ['en-US', 'We used to buy through a distributor, but as of this year we are T1.', { partnerType: 'direct' }],
    ['en-US', 'Office 365 was under the EA, and as of last month it sits with another CSP.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'They have Office 365 under the EA, as of today.', { channel: 'ea', service: 'license' }],
  ]);
});
