// "Our reseller" names a reseller of ours, but "our indirect reseller account" is the account we
// hold as a reseller: our own role. A form's role beside an ops note naming our reseller account
// is two roles for us, asked; "our reseller Oakline" is still another party.
import { checkKind } from './kindCheck';

describe('our reseller account is our own role', () => {
  checkKind([
    ['en-US', 'Azure for a dental chain. Billing set it up under our indirect reseller account.', { service: 'usage', partnerType: 'indirectReseller' }],
    ['en-US', 'Our partner type field reads "Direct bill"; finance booked the deal on our T2 reseller account though.', {}, ['partnerType']],
    ['ru-RU', 'Azure. Клиент заведён на нашу учётную запись непрямого реселлера.', { service: 'usage', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Azure. O cliente foi cadastrado na nossa conta de revenda indireta.', { service: 'usage', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Azure-ról van szó. Közvetett viszonteladói fiókunkon fut.', { service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', 'Azure。这个客户挂在我们的间接经销商账户下面。', { service: 'usage', partnerType: 'indirectReseller' }],
    // Near misses: a reseller of ours, named, is another party.
    ['en-US', 'Azure. Our reseller Oakline placed the order.', { service: 'usage' }],
    ['en-US', 'Azure. Our indirect resellers handle the small accounts.', { service: 'usage' }],
  ]);
});
