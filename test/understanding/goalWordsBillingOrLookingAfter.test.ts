// Own words in Chinese for the goal: the billing changed over to us ("改成我们给他们开票", "账都走我们这",
// "交给我们来出账") is moving; looking after them ("帮忙管一管", "帮着处理问题") is support.
import { checkKind } from './kindCheck';

describe('goal words: invoicing changed over to us, or looking after them', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 以后想改成我们给他们开票。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 这块，客户希望以后账都走我们这。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Dynamics 365 客户想把这块交给我们来出账。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户的 Office 365 就想让我们帮忙管一管。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户用的是 Microsoft 365，想找个服务商平时帮着处理问题。', { service: 'license', goal: 'support' }],
  ]);
});
