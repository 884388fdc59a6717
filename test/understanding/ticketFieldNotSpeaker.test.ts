// A ticket's fields ("客户：…", "我方身份：…") are no speakers of a call: "我方身份" (our role)
// only begins with the speaker label "我", so it does not make the ticket a transcript whose
// later "turn" ("不是世纪互联" as the seller) would take back the cloud said in the field before.
import { checkKind } from './kindCheck';

describe('kind: ticket-note, a field label starting with "我" is no speaker', () => {
  checkKind([
    [
      'zh-CN',
      '客户：杭州某某科技有限公司\n云：世纪互联运营的 Office 365\n购买渠道：本地一家代理商，不是世纪互联\n我方身份：分销商\n备注：下周回电',
      { cloud: 'china', channel: 'other', service: 'license', partnerType: 'indirectProvider' },
    ],
    // Controls: "我", "我们" as the whole label, or with a name in brackets, still speak.
    ['zh-CN', '客服：客户的 Office 365 是通过 EA 买的吗？\n我们：是的，通过 EA', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户：是通过 EA 还是 Open 买的我也不清楚\n我（小王）：那就先按 EA 记，产品是 Office 365', { channel: 'ea', service: 'license' }],
  ]);
});
