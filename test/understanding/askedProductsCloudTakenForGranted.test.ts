// A question that names the product with its cloud beside it ("your Office 365 (operated by
// 21Vianet)") while asking about something else takes that cloud for granted, as it does the
// product; a cloud asked about in a question of its own stays unanswered.
import { checkKind } from './kindCheck';

describe('the cloud a question gives the product it takes for granted', () => {
  checkKind([
    [
      'zh-CN',
      '问：你们那套世纪互联运营的 Office 365 当初是在哪里买的？\n答：是我们以前做 Advisor 的时候帮他们采购的。',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    ['zh-CN', '问：贵司的 Azure（世纪互联运营）目前是谁在管？\n答：一直是我们做技术支持，以后也继续这样。', { cloud: 'china', service: 'usage' }],
    [
      'en-US',
      'Q: Where did you buy your Office 365 (operated by 21Vianet)?\nA: From us, back when we were an Advisor partner.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    ['en-US', 'Agent: Who looks after your Azure (21Vianet)?\nCustomer: You do, and we want you to keep supporting it.', { cloud: 'china', service: 'usage' }],
    // The cloud asked in its own question is no qualifier of the product.
    [
      'zh-CN',
      '问：是世纪互联运营的吗？我们的 Office 365 是从哪里买的？\n答：是我们以前做 Advisor 的时候帮他们采购的。',
      { channel: 'advisor', service: 'license' },
    ],
    [
      'en-US',
      'Q: Is it operated by 21Vianet? And where did you buy Office 365?\nA: From us, back when we were an Advisor partner.',
      { channel: 'advisor', service: 'license' },
    ],
  ]);
});
