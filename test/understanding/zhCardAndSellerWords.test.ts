// Paid by card on Microsoft's site or in the admin centre ("官网刷卡", "管理中心绑的信用卡") is a
// purchase from Microsoft; a seller said to have nothing to do with CSP is a third party; the
// former Advisor partner in China; a role answering "我们是什么角色？" is ours.
import { checkKind } from './kindCheck';

describe('zh-CN: paid by card, a seller unrelated to CSP, a role answered', () => {
  checkKind([
    ['zh-CN', '财务发来发票截图：官网刷卡，Azure。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', 'Exchange Online 是每月从管理中心绑定的信用卡扣费的。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', 'Visio 是客户的网站托管服务商附带卖的，和 CSP 无关。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '世纪互联的 Office 365，当初是通过原来的 Advisor 伙伴买的。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    ['zh-CN', '我们是什么角色？总代，不是二级经销商。客户在京东买的 Visio。', { partnerType: 'indirectProvider', channel: 'thirdParty', service: 'license' }],
  ]);
});
