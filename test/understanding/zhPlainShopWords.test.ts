// Chinese words a colleague reads at once that the reader passed over: a computer mall or a
// retail card is a third party, a yearly true-up is an Enterprise Agreement, "back when you
// were an Advisor" is this partner as a former Advisor, "the customer signed directly with
// Microsoft" or bought with a card in the admin center is Microsoft, "move it over to us here"
// asks for the move, "someone to look after it" for support, "that one is a CSP" names another CSP.
import { checkKind } from './kindCheck';

describe('kind: plain Chinese shop, contract and wish words', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 是去电脑城买的。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '他们手上是 Office 365 的零售卡。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客户在一家网店下单买了 Office 365。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '他们每年年底做一次数量补差，Microsoft 365 E5。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '那会儿我们还是顾问身份，这个 Office 365 是那时卖的，世纪互联版。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    ['zh-CN', '不是世纪互联卖的，是当地一家 IT 公司卖的，国内版 Office 365。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '他们是跟微软直签的 Azure，我们是间接经销商。', { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '老板自己在管理中心刷信用卡买的商业高级版。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '商业标准版合同到期后想转我们这边。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Exchange Online 许可证，只是希望出故障时有人管。', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Azure 订阅是原来的系统集成商开的，那家其实是 CSP。', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', 'Teams 有问题的时候帮着看一下就行，许可证不动。', { service: 'license', goal: 'support' }],
    ['zh-CN', '我们是直接签约的 CSP 合作伙伴，客户用的是 Azure。', { partnerType: 'direct', service: 'usage' }],
  ]);
});
