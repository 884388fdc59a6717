// A product or a cloud said short or aloud names it: "dyn365" is Dynamics 365, Chinese 阿朱尔 is
// Azure by its sound, and "partner center for u s government" with the letters apart is the US
// government cloud; letters apart outside a Partner Center's name state no cloud.
import { checkKind } from './kindCheck';

describe('products and clouds said short or aloud', () => {
  checkKind([
    ['en-US', 'customer on dyn365 via open value, wants us to support it', { channel: 'open', service: 'license', goal: 'support' }],
    ['zh-CN', '我们是一级直接账单合作伙伴，客户用的是阿朱尔，在微软官网直接买的。', { channel: 'microsoft', service: 'usage', partnerType: 'direct' }],
    // A name ending in 儿 is a nickname, not the product.
    ['zh-CN', '客户那边对接的是阿朱儿，他们的 Office 365 走 EA。', { channel: 'ea', service: 'license' }],
    [
      'en-US',
      'the tenant sits in partner center for u s government, they want support on their e3 seats',
      { cloud: 'usgov', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'they sell software to u s government agencies from a commercial tenant, they want support on e3 seats',
      { cloud: 'global', service: 'license', goal: 'support' },
    ],
  ]);
});
