// "还是不是CSP" (whether or not it is a CSP): the "not a CSP" there is one side of a question the
// speaker leaves open, written against the joining word with no space, so it says nothing of the
// seller before it ("从一家主机托管商买的，还是不是CSP不清楚": bought from a hosting company, whether
// a CSP is unclear): the channel stays open. Said plainly ("不是CSP") it makes the seller a third party.
import { checkKind } from './kindCheck';

describe('a seller, then whether or not it is a CSP: the channel stays open', () => {
  checkKind([
    ['zh-CN', '他们是从一家主机托管商买的，还是不是CSP不清楚。', {}],
    ['zh-CN', '他们是从一家主机托管商买的，不是CSP。', { channel: 'thirdParty' }],
  ]);
});
