// The comma between a seller and the "or" after it is no stop wherever its spaces fall (a
// Chinese comma has none: "一家主机商，还是…"), and only the comma right before the "or" is: a
// comma earlier in the message ("Honestly, …") moves nothing.
import { checkRead } from './kindCheck';

describe('either/or with a seller: which comma is none between the options', () => {
  checkRead([
    ['zh-CN', '客户是从一家主机商，还是从微软联合合作伙伴那里买的，他们自己也说不清。', {}, { hedged: { channel: 'syndication' } }],
    ['en-US', 'Honestly, they bought it from a hosting company or a syndication partner', {}, { hedged: { channel: 'syndication' } }],
  ]);
});
