// Chinese words: "改由我们开立账单" (Taiwan's "開立帳單", bills issued by us from now on) and "紀錄合作夥伴"
// (written 纪录 once folded from traditional characters) are a move; "从一家…软件代理公司买的" is a
// plain reseller's channel; "全球商业版" is the global cloud; "贵司是 X 下面的二级经销商" the addressee's role.
import { checkKind } from './kindCheck';

describe('kind: Chinese words for our billing, a software agent company and the commercial cloud', () => {
  checkKind([
    ['zh-CN', '客戶的 Dynamics 365 是跟另一家 CSP 買的，之後想改由我們開立帳單。', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['zh-CN', '客戶希望我們成為紀錄合作夥伴，產品是 Office 365 E3。', { service: 'license', goal: 'move' }],
    ['zh-CN', '世纪互联那边的 Office 365，客户是在一家小的软件代理公司那里买的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '客户的租户是全球商业版，用的是 Azure。', { cloud: 'global', service: 'usage' }],
    // A letter to the partner: "贵司是 X 下面的二级经销商" is the addressee's own role.
    [
      'zh-CN',
      '据我们了解，贵司是英迈下面的二级经销商，我们想请贵司帮忙维护 Office 365。',
      { service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
  ]);
});
