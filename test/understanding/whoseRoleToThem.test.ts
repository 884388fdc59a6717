// Whose words in Chinese: "我们是他们的间接提供商" (we are their indirect provider) says the
// partner's own role towards another party; "他们" there is whom the role serves, not its subject.
import { checkKind } from './kindCheck';

describe('whose: our role towards another party is ours', () => {
  checkKind([
    ['zh-CN', '下游经销商（我们是他们的间接提供商）说客户的 Azure 是 EA 买的。', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    ['zh-CN', '经销商打来电话，我们是他们的分销商，客户的 Office 365 想转过来。', { service: 'license', goal: 'move', partnerType: 'indirectProvider' }],
    ['zh-CN', '我们是这家经销商的总代，客户的 Azure 是在微软官网买的。', { channel: 'microsoft', service: 'usage', partnerType: 'indirectProvider' }],
    // Their role towards us stays theirs.
    ['zh-CN', '他们是我们的经销商，客户的 Azure 是 EA 买的。', { channel: 'ea', service: 'usage' }],
  ]);
});
