// Under a heading of open questions an item asks only in the sentence its question mark ends: a
// finding stated before it in the item still states. A bare "Questions" or "问题" (also "issues")
// heading over answered items is no heading of open questions.
import { checkKind } from './kindCheck';

describe('kind: ai-summary, a statement before an open question in its item still states', () => {
  checkKind([
    [
      'en-US',
      "From the CRM: Open Value, Microsoft 365, support.\n\nOpen questions\n- Finance checked the invoices and it's an EA since March. Who updates the CRM?",
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Questions\n1. Cloud: commercial\n2. Channel: EA\n3. Goal: move to us', { cloud: 'global', channel: 'ea', goal: 'move' }],
    [
      'zh-CN',
      '问题：\n1. 客户通过企业协议购买了 Microsoft 365，想转到我们这里\n2. 我们是直接账单合作伙伴',
      { channel: 'ea', service: 'license', goal: 'move', partnerType: 'direct' },
    ],
    // Near miss: an open question asked as an item still asks.
    ['en-US', 'Notes: Microsoft 365, support.\nOpen questions\n- EA or Open?', { service: 'license', goal: 'support' }, ['channel']],
  ]);
});
