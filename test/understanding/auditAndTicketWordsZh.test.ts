// Chinese words met in licensing audit findings and in customers' own tickets: an earlier version
// written down ("第一版写的是…"), a relationship kept up (no support asked), a partner that moved into
// CSP itself (no move of the customer), a sale made in the Advisor days, billing asked to come to
// us, a telecom bundle, a seller named as the one before, a case said to be not settled yet.
import { checkKind } from './kindCheck';

describe('Chinese: the earlier version of a finding written down is background', () => {
  checkKind([
    ['zh-CN', '发现项 2 第二版。第一版写的是"Azure 在微软官网直购"。经核对，Azure 是通过企业协议购买的。', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '原建议：把 Office 365 迁移到我方。修订后：只做运维。', { service: 'license', goal: 'support' }],
  ]);
});

describe('Chinese: a customer relationship kept up by someone is no support asked', () => {
  checkKind([
    ['zh-CN', '我们是分销商，经销商负责客户关系维护。', { partnerType: 'indirectProvider' }],
    ['zh-CN', 'Office 365 许可，客户想让我们做日常维护。', { service: 'license', goal: 'support' }],
  ]);
});

describe('Chinese: a partner that moved into CSP is no move of the customer', () => {
  checkKind([['zh-CN', '国际版的 Microsoft 365 许可，我司去年转入 CSP。', { cloud: 'global', service: 'license' }]]);
});

describe('Chinese: a sale made while we were an Advisor partner', () => {
  checkKind([
    ['zh-CN', '世纪互联版 Office 365，我司作为 Advisor 合作伙伴时帮客户开通的。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    ['zh-CN', '国内版的 Office 365，当时我司为 Advisor 合作伙伴。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
  ]);
});

describe('Chinese: billing asked to come to us in a customer ticket', () => {
  checkKind([
    ['zh-CN', 'Office 365 许可是第三方买的，想改成你们开发票。', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    ['zh-CN', 'Teams 许可，以后想从你们这里续。', { service: 'license', goal: 'move' }],
    ['zh-CN', '微软官网买的 Microsoft 365，想让你们接手开票。', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 许可，客户要过户给我们。', { service: 'license', goal: 'move' }],
  ]);
});

describe('Chinese: the seller named in a ticket', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 是电讯公司宽带套餐附带的。', { channel: 'syndication', service: 'license' }],
    ['zh-CN', 'E3 许可，之前在上一家 CSP 买的。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', 'Office 365 由前服务商（微软 CSP 合作伙伴）采购，发票由其开具。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', 'Office 365 许可是一家外包公司买的，他们是 CSP 合作伙伴。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', 'Azure 以前找的那家代理商，自己也是 CSP。', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', 'Office 365 是客户的 IT 外包公司给买的，他们是 CSP 合作伙伴。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', 'E5 许可，客户跟微软签的三年大合同。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户是国内版，Azure 是从一家系统集成商那里买的。', { cloud: 'china', channel: 'other', service: 'usage' }],
    ['zh-CN', '客户的 Office 365 是世纪互联直接开票。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '客戶的 Office 365 是在商場買的盒裝。', { channel: 'thirdParty', service: 'license' }],
  ]);
});

describe('Chinese: a goal told two ways and said to be not settled', () => {
  checkKind([
    ['zh-CN', 'Teams 许可，老板说要转过来，IT 说先管着就行，还没说定。', { service: 'license' }, ['goal']],
    ['zh-CN', 'Office 365 许可，销售说要过户，交付说只做运维，两个人说法不一样。', { service: 'license' }, ['goal']],
  ]);
});

describe('Chinese: our role said as not the distributor but the reseller', () => {
  checkKind([
    ['zh-CN', '我们不是总代，是下面的经销商。Office 365 许可。', { service: 'license', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们不是经销商，是总代。', { partnerType: 'indirectProvider' }],
  ]);
});
