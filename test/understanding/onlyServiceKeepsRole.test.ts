// "Only Microsoft 365 is in scope. We are a direct CSP partner and sell the Azure too.": the product
// set aside takes the channel said in its clause with it, never the partner's own role said there:
// the role is the partner's, whatever product the clause goes on to name.
import { checkKind } from './kindCheck';

describe('kind: only one product in scope, the role said beside the other one stands', () => {
  checkKind([
    ['en-US', 'Only Microsoft 365 is in scope. We are a direct CSP partner and sell the Azure too.', { service: 'license', partnerType: 'direct' }],
    ['en-US', "It's about Microsoft 365 only. As an indirect reseller we also sell them Azure.", { service: 'license', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Речь только про Microsoft 365. Мы прямой CSP-партнёр и продаём им Azure тоже.', { service: 'license', partnerType: 'direct' }],
    ['pt-BR', 'Só o Microsoft 365 está no escopo. Somos parceiro CSP direto e vendemos Azure para eles também.', { service: 'license', partnerType: 'direct' }],
  ]);
});
