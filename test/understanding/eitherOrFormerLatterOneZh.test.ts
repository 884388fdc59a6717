// "后一个" / "前一个" (the latter one, the former one) name a side of an either/or as "后者" and
// "前者" do; followed by a noun ("后一个月", "前一个合作伙伴") they are no reference.
import { checkKind } from './kindCheck';

describe('kind: either/or, "the latter one" and "the former one" in Chinese', () => {
  checkKind([
    [
      'zh-CN',
      '客户问我们：是只做日常管理，还是把订阅整个转过来？他们说要后一个。Office 365 是在官网买的。',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '是 EA 还是 Open？客户查了以后说是前一个。', { channel: 'ea' }],
    ['zh-CN', '是 EA 还是 Open？后一个月再确认。', {}, ['channel']],
  ]);
});
