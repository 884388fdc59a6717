// Goal in the speaker's words, Chinese: subscriptions "迁过来", "迁移过来", "挪过来" (moved over to
// us) is moving them, as "转过来" and "搬过来" are; "not moved over" leaves the other goal said.
import { checkKind } from './kindCheck';

describe('goal words: moved over to us, in Chinese', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 在另一家 CSP 伙伴那里，想把订阅迁过来。', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['zh-CN', '他们的 Office 365 订阅打算挪过来', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户想把订阅全部迁移过来，我们是一级。', { goal: 'move', partnerType: 'direct' }],
    ['zh-CN', '客户不想迁过来，只要我们帮忙管着。', { goal: 'support' }],
  ]);
});
