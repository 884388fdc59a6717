// Chinese words: a move said as only maybe later ("或许将来也转给我们") is put off; the distributor's
// side speaking ("分销商那边发消息说…") or heading a forwarded line ("总代小王：你们是…") is no role of
// ours; a ticket's channel field naming 21Vianet; "光管技术" against "连账单一起" left open.
import { checkKind } from './kindCheck';

describe('kind: Chinese deferred move, distributor side, channel field and goal words', () => {
  checkKind([
    ['zh-CN', '客户只想让我们做日常运维，续费的话或许将来也转给我们，眼下不变。用的是 Microsoft 365 商业版', { service: 'license', goal: 'support' }],
    ['zh-CN', '分销商那边发消息说他们是 indirect provider，我们一直从他们那里拿货。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '[转发] 总代小王：你们是我们的二级经销商，这个客户的 Azure 由我们提交。', { service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '工单字段\n云：中国\n渠道：21Vianet\n产品：Office 365 E1', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '客户没说清楚到底是光管技术，还是连账单一起。产品 Visio。', { service: 'license' }, ['goal']],
  ]);
});
