// Chinese words for the writer's own role: "我们只是他们的间接供应商" (only their indirect provider) is
// ours, as "我们是他们的…" is; "我们分销(这边)" names our distribution desk, an indirect provider.
import { checkKind } from './kindCheck';

describe('understanding: our own role as their provider or our distribution desk (Chinese)', () => {
  checkKind([
    [
      'zh-CN',
      '客户由经销商来接，我们只是他们的间接供应商。Office 365 是世纪互联版的。',
      { cloud: 'china', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'zh-CN',
      '这个客户我们分销这边也在跟，Office 365 是从电脑城的一家店买的。',
      { channel: 'thirdParty', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['zh-CN', '我们分销给下面的经销商，客户的 Azure 走 EA。', { channel: 'ea', service: 'usage' }],
  ]);
});
