// In a pasted chat our side's offer ("可以帮您转过来", we can move it over for you) is no goal the
// customer stated: it is asked, naming the offer, unless the customer takes it up in their own
// words. With a usage-based service no goal is asked at all, not even an offered one.
import { checkRead } from './kindCheck';

describe('goal words: an offer by our side is not the customer goal', () => {
  checkRead([
    [
      'zh-CN',
      '客服：您好，请问贵司的 Office 365 是在哪里买的？\n客户：微软官网，用信用卡买的\n客服：好的，我们是直签合作伙伴，可以帮您转过来',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
      { hedged: { goal: 'move' } },
    ],
    [
      'zh-CN',
      '客服：請問貴司的 Office 365 是在哪裡買的？\n客戶：微軟官網買的\n客服：好的，可以幫您把訂閱轉過來',
      { channel: 'microsoft', service: 'license' },
      { hedged: { goal: 'move' } },
    ],
    [
      'zh-CN',
      '客服：您好，我们是分销商，可以为贵司做 Office 365 的日常运维',
      { service: 'license', partnerType: 'indirectProvider' },
      { hedged: { goal: 'support' } },
    ],
    // Taken up by the customer in their own words.
    [
      'zh-CN',
      '客服：请问贵司的 Office 365 是在哪里买的？\n客户：微软官网买的\n客服：好的，可以帮您把订阅转过来\n客户：好的，那就转过来吧',
      { channel: 'microsoft', service: 'license', goal: 'move' },
      {},
    ],
    // Azure has no goal: the offer is not asked about either.
    [
      'zh-CN',
      '10:31 客服：请问贵司的 Azure 是在哪里开通的？\n10:31 客户：是之前那个合作伙伴，他们 CSP 资质被取消了\n10:32 客服：好的，我们这边是分销商，可以帮您转过来',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
      {},
    ],
  ]);
});
