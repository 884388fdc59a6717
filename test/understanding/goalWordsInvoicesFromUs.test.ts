// "以后发票从我们这边开" (from now on the invoices come from our side) takes the billing over, as
// "以后由我们开票" does; "原来那家 CSP 就不用管了" (no need to deal with the old CSP) still names it,
// it is no aside; "X 是错的" (X was wrong) takes X back.
import { checkKind } from './kindCheck';

describe('goal and channel words: invoices from us, the old CSP left aside, a value that was wrong', () => {
  checkKind([
    ['zh-CN', 'Office 365，以后发票从我们这边开。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Dynamics 365 的账单以后都由我们来出。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户想换过来，原来那家 CSP 就不用管了。', { channel: 'otherCsp', goal: 'move' }],
    ['zh-CN', 'Office 365，客户想转过来。EA 那个不用管。', { service: 'license', goal: 'move' }],
    ['zh-CN', '渠道：EA（之前说的 MPSA 是错的）', { channel: 'ea' }],
    ['zh-CN', '客户的 Azure，Open 是错误的，其实是 EA。', { channel: 'ea', service: 'usage' }],
  ]);
});
