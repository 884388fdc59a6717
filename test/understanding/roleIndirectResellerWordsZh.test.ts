// "間接轉銷商" (Traditional for an indirect reseller) and "通过代理商下单" (ordering through the
// distributor) say our role.
import { checkKind } from './kindCheck';

describe('kind: whose words, the indirect reseller in other words (Chinese)', () => {
  checkKind([
    ['zh-CN', '我們是間接轉銷商。客戶的 Office 365 是官網買的。', { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们通过代理商下单。客户的 Office 365 是官网买的。', { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
