// Chinese words of the second round after the fortieth set: Arrow's Chinese name (艾睿, and a typo
// of its rarer character by its sound), a reseller's word glossed "distributor", an agreement that
// is the parent's ("EA 是我们总公司的"), a title quoted after the writing it names, and a product
// bought in the admin centre or billed by Microsoft. Without each entry its case fails.
import { checkKind } from './kindCheck';

describe('zh-CN: Arrow, a glossed distributor, the parent’s agreement, a quoted title, billed by Microsoft', () => {
  checkKind([
    ['zh-CN', '我们从艾锐采购，客户的 Azure 是 EA 买的。', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '这个项目我们是经销商（distributor），客户的 Azure 走 EA。', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    ['zh-CN', '这个项目我们是经销商，客户的 Azure 走 EA。', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    [
      'zh-CN',
      '01:10 王磊：你们的 Office 365 是 EA 还是从 CSP 买的？\n01:18 客户：EA 是我们总公司的，我们自己的 Office 365 是从另一家 CSP 买的。',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'zh-CN',
      '看了你们的推文《三步把账单迁到我们这里》，我们的 Office 365 是在微软官网买的，只要日常运维。',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '客户用公司的卡在 Microsoft 365 管理中心自己订的 Business Basic，想让我们帮忙管。',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '他们的 Office 365 一直由微软扣费，我们只负责日常运维。', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['zh-CN', '我们是直接账单合作伙伴，由微软开票给我们。', { partnerType: 'direct' }],
  ]);
});
