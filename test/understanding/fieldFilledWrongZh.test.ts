// A record's field said to be filled in wrong ("渠道填错了", "身份那栏填错了") takes it back, as
// "写错了" does: the value said after it answers the same question. A field filled wrong that names
// nothing of the case, or a doubt that it was, changes no answer for sure.
import { checkKind } from './kindCheck';

describe('a field filled in wrong, in Chinese', () => {
  checkKind([
    [
      'zh-CN',
      '客户档案\n字段「渠道」：MPSA\n字段「服务」：Office 365\n跟进（王磊，周三）：渠道填错了，他们是在微软官网直接买的。',
      { channel: 'microsoft', service: 'license' },
    ],
    ['zh-CN', '登记表\n我方身份：直接计费合作伙伴\n补充：身份那栏填错了，我们是间接经销商，货从分销商那里拿。', { partnerType: 'indirectReseller' }],
    // Near misses: another field filled wrong; a doubt of the field with no sure value after it.
    ['zh-CN', '渠道：EA\n服务：Office 365\n备注：上次的地址填错了，已经改好。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '渠道：EA\n备注：不知道是不是填错了，也可能是 Open。', {}, ['channel']],
  ]);
});
