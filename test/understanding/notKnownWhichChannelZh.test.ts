// "不知是 EA 还是 MPSA" (Cantonese "唔知係 … 定係 …", respelled to it) is the writer not knowing which
// of the two it is: a doubt that leaves the channel asked, not the later one read. Only 不知 right
// before 是 and a near either/or counts: 不知不觉, 不知情, 不知从哪里 and 不知是什么…还是 (still) say
// nothing of the channel.
import { checkKind } from './kindCheck';

describe('not knowing which of two channels (zh)', () => {
  checkKind([
    ['zh-CN', '客户那边的 Azure 不知是 Open 还是 EA，回头我再问问他们。', { service: 'usage' }, ['channel']],
    ['zh-CN', '佢哋啲 Office 365 唔知係 MPSA 定係 EA，要再問下。', { service: 'license' }, ['channel']],
    // Near misses: 不知 with no 是-either/or after it keeps the channel read.
    ['zh-CN', '不知不觉客户已经用了三年EA了', { channel: 'ea' }],
    ['zh-CN', '他们不知从哪里听说EA要取消，现在还是EA。', { channel: 'ea' }],
    ['zh-CN', '客户不知情，他们一直在用Open许可', { channel: 'open' }],
    ['zh-CN', '唔知點算，客戶用EA', { channel: 'ea' }],
    ['zh-CN', '客户现在用EA，不知是不是明年还续签。', { channel: 'ea' }],
    ['zh-CN', '客户根本不知EA是什么，他们一直在微软官网上直接买的。', { channel: 'microsoft' }],
    // 还是 as "still", after 是什么 or 是不是, is no either/or.
    ['zh-CN', '不知是什么原因，他们还是坚持用 EA。', { channel: 'ea' }],
    ['zh-CN', '不知是不是因为价格，客户还是留在 EA 上。', { channel: 'ea' }],
  ]);
});
