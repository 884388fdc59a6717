// "微软直接卖的" (sold by Microsoft directly) and "MCA 直签" (the customer's direct Microsoft Customer
// Agreement) are the Microsoft channel; that "直签" is the customer's, not our direct role.
import { checkKind } from './kindCheck';

describe('kind: channel in own words, sold by Microsoft directly (Chinese)', () => {
  checkKind([
    ['zh-CN', 'Dynamics 365 是微软直接卖给客户的，我们是二级经销商。', { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' }],
    ['zh-CN', '客户是 MCA 直签，Azure，我们是间接经销商。', { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
