// Spoken forms: "应该是 嗯 Azure吧 我再看一眼 对 就是Azure没错" (a guess, a look, then "right, it is
// Azure") states the service; a guess left alone ("应该是 Azure吧 我也不确定") is asked back, and "不对，
// 就是 Open" corrects the guess.
import { checkDoubted, checkKind } from './kindCheck';

describe('a spoken guess checked and confirmed with 对 就是 (spoken)', () => {
  checkKind([
    ['zh-CN', '应该是 嗯 Azure吧 我再看一眼 对 就是Azure没错 是客户自己在微软官网上刷卡买的', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '可能是EA吧，不对，就是Open', { channel: 'open' }],
  ]);
  checkDoubted([['zh-CN', '应该是 Azure吧 我也不确定', {}, { service: 'usage' }]]);
});
