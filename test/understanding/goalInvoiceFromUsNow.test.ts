// The wish that the invoice comes from the partner from now on is taking over the billing:
// "发票从我们这开" (with the short "这"), and in the customer's own voice to the partner
// "以后就你们开发票".
import { checkKind } from './kindCheck';

describe('kind: goalWords, "the invoice from us / you from now on" is a move', () => {
  checkKind([
    ['zh-CN', '客户说以后发票从我们这开，Microsoft 365 现在是 EA 买的。', { channel: 'ea', service: 'license', goal: 'move' }],
    ['zh-CN', '客户原话：“我们的 Office 365 是在微软官网买的，以后就你们开发票吧。”', { channel: 'microsoft', service: 'license', goal: 'move' }],
    // Control: with Azure (usage) the goal is not asked.
    ['zh-CN', '客户：Azure 以后账单由你们来出。', { service: 'usage' }],
  ]);
});
