// "Azure 是官网信用卡买的" (bought on the official site by credit card) is bought from Microsoft;
// a seller's own site ("代理商官网") is not Microsoft's. "是一家不相干的代理公司" (it was some unrelated
// agency), said as the answer in the 21Vianet cloud, is somewhere else.
import { checkKind } from './kindCheck';

describe('channel words: the official site by card, an unrelated agency', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 是官网信用卡买的。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', 'Office 365 在官网上用公司信用卡付的。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', 'Office 365 是代理商官网信用卡买的。', { service: 'license' }],
    ['zh-CN', '中国区，Office 365 不是世纪互联卖的，是一家不相干的代理公司。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '我们是一家代理商，客户要 Office 365。', { service: 'license' }],
  ]);
});
