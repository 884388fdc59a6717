// Chinese words for the customer's other seller and for this partner billing from now on:
// "别的代理" (a reseller, without 商), "上一个 CSP 伙伴", "另一家世纪互联合作伙伴" (another 21Vianet
// partner: the cloud stays read from its 21Vianet, the seller is somewhere else), and "让我们
// 以后(给他们)开票" (the partner bills from now on: the subscription moves).
import { checkKind } from './kindCheck';

describe('Chinese: another seller, and billing from now on', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 国际版是从别的代理那里买的。', { cloud: 'global', channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '世纪互联的 Azure，以前是找别的代理买的。', { cloud: 'china', channel: 'other', service: 'usage' }],
    ['zh-CN', '他们的 Dynamics 365 国际版是从上一个 CSP 伙伴那里买的。', { cloud: 'global', channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户在其他世纪互联的合作伙伴那里买了 Office 365，想让我们帮忙管理。', { cloud: 'china', channel: 'other', service: 'license', goal: 'support' }],
    ['zh-CN', 'Microsoft 365 国际版，客户想让我们以后开票。', { cloud: 'global', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 国际版，客户希望由我们以后给他们出账单。', { cloud: 'global', service: 'license', goal: 'move' }],
  ]);
});
