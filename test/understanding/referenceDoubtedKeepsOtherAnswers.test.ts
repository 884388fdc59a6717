// A reference doubted in its own clause ("可能是后者吧", "probably the latter") keeps its option
// only under that doubt; the answers said before the either/or, in other sentences, are not doubted.
import { checkDoubted } from './kindCheck';

describe('a doubted reference doubts only the option it keeps', () => {
  checkDoubted([
    [
      'zh-CN',
      '客户的 Microsoft 365 是在微软官网直接刷信用卡买的，想让我们接手管理。我们在 CSP 里算直签还是二级经销商我说不准，可能是后者吧。',
      { channel: 'microsoft', service: 'license', goal: 'support' },
      { partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'Customer bought Microsoft 365 on the Microsoft website with a card and wants us to manage it. Are we direct or an indirect reseller in CSP? Probably the latter.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
      { partnerType: 'indirectReseller' },
    ],
  ]);
});
