// Chinese words met in customer success notes, contract reviews and mails with a distributor: the
// partner before named as "前一家", an order placed on 21Vianet's site, a correction written as an
// erratum ("应为", "有误"), a contract clause taking over the subscription ("承接"), the distributor's
// account manager (a person, not our role), "we are your reseller", and what a document covers.
import { checkKind } from './kindCheck';

describe('Chinese: the partner before and the seller, as account notes name them', () => {
  checkKind([
    ['zh-CN', '客户国际版 Microsoft 365 目前挂在前一家合作伙伴名下。', { cloud: 'global', channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户的 Azure（世纪互联运营）挂在上一家合作伙伴名下。', { cloud: 'china', channel: 'other', service: 'usage' }],
    ['zh-CN', '客户是直接在世纪互联官网下单的 Office 365。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '国际版 Microsoft 365，之前是在一家 CSP 伙伴那买的。', { cloud: 'global', channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客戶是世紀互聯版，Office 365 是我們還在 Advisor 計畫時賣給他們的。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    ['zh-CN', 'Exchange Online 是从网站托管商买的，那家托管公司不是 CSP 伙伴。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '国际版 Azure 是官网即用即付买的。', { cloud: 'global', channel: 'microsoft', service: 'usage' }],
  ]);
});

describe('Chinese: taking the subscription over, in a request or a contract clause', () => {
  checkKind([
    ['zh-CN', '客户想把 Office 365 订阅挂到我们名下。', { service: 'license', goal: 'move' }],
    ['zh-CN', '合同写明乙方承接甲方的 Office 365 订阅和账单。', { service: 'license', goal: 'move' }],
  ]);
});

describe('Chinese: an erratum replaces what was written before', () => {
  checkKind([
    ['zh-CN', '客户是世纪互联版。更正：原供应商写成“世纪互联直销”，应为“另一家代理商”。', { cloud: 'china', channel: 'other' }],
    ['zh-CN', '记录里写的是世纪互联版。记录有误，他们是国际版租户。', { cloud: 'global' }],
  ]);
});

describe('Chinese: 21Vianet denied as the seller still leaves the 21Vianet cloud', () => {
  checkKind([
    ['zh-CN', '客户（世纪互联版）更正一下：Office 365 是从另一家代理商买的，合同不是世纪互联的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '客户（世纪互联版）更正一下：不是世纪互联版，是国际版。', { cloud: 'global' }],
  ]);
});

describe('Chinese: the distributor written to is not our role, "your reseller" is', () => {
  checkKind([
    [
      'zh-CN',
      '致分销商客户经理：客户想把 Office 365 转到我们名下，我们是贵司的经销商。',
      { service: 'license', goal: 'move', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '请交付负责人联系分销商的客户经理。我们是直签伙伴。', { partnerType: 'direct' }],
  ]);
});

describe("Chinese: what a document covers is not the customer's service", () => {
  checkKind([['zh-CN', '客户的 Azure（世纪互联运营）想迁到我们这边，但多渠道文档只讲许可类服务。', { cloud: 'china', service: 'usage' }]]);
});

describe('Chinese: the distributor named as another party in a who-is-who list is not our role', () => {
  checkKind([
    ['zh-CN', '我们是二级经销商，所以邀请链接必须由分销商发给客户。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '项目各方：\n1. 分销商：其客户经理李先生。\n2. 我们：二级经销商。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '分销商是间接提供商，我们从它那里进货，我们是二级经销商。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '- 我们：一级直签伙伴。\n- 分销商：本项目不涉及。', { partnerType: 'direct' }],
    ['zh-CN', '我们这边是分销商就是间接提供商。', { partnerType: 'indirectProvider' }],
  ]);
});
