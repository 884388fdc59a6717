// Chinese words a customer or a record uses for the goal and the channel: money paid to the new
// partner from now on, renewals all through the partner, invoices "also" issued by the partner, the
// request field changed ("诉求改为"), being someone's safety net ("兜底"), "you manage it from now on,
// 吧" (a request, not a doubt), the card bound in the admin center that Microsoft charges each month,
// bought on Microsoft's web, "微软直接" as a field's value, a reseller buying through a named
// distributor, "a partner signed directly with Microsoft" about us (not the customer's channel), and
// another company's contract "不用你们管" set aside.
import { checkKind } from './kindCheck';

describe('kind: Chinese goal and channel words of customers and records', () => {
  checkKind([
    ['zh-CN', '以后费用就付给你们了。Office 365 E3 是在微软官网买的。', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['zh-CN', 'Dynamics 365 现在是在微软官网买的，以后续订和加账号都找你们。', { channel: 'microsoft', service: 'license', goal: 'move' }],
    [
      'zh-CN',
      '以后许可从你们这里买，发票也由你们开。我们的 Microsoft 365 目前是在微软官网用信用卡买的。',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '客户：某某贸易\n产品：Microsoft 365\n渠道：EA\n诉求：日常支持\n备注 7/2：客户又来电，需求改为转移。',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '我们的 Office 365 是 EA 买的，合同照旧，你们给我们兜底就行。', { channel: 'ea', service: 'license', goal: 'support' }],
    ['zh-CN', '我们的 Microsoft 365 是 EA 的，以后你们来管吧，合同我们自己续。', { channel: 'ea', service: 'license', goal: 'support' }],
    ['zh-CN', 'Office 365 是行政在管理中心绑了个人信用卡，微软每月自动扣款。请你们帮忙运维。', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['zh-CN', 'Visio 是在微软网上买的，想转到你们这边。', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['zh-CN', '产品：Azure\n渠道：微软直接', { channel: 'microsoft', service: 'usage' }],
    [
      'zh-CN',
      '我方：通过英迈采购的 CSP 经销商\n客户：Microsoft 365，Open Value，只要运维。',
      { channel: 'open', service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
    [
      'zh-CN',
      '这次我们是跟微软直签的直接计费合作伙伴。客户的 Office 365 是 Open Value 买的，只要运维。',
      { channel: 'open', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    ['zh-CN', '我们的 Azure 是在微软官网开的。我们的兄弟公司用的是 EA，那个不用你们管。', { channel: 'microsoft', service: 'usage' }],
  ]);
});
