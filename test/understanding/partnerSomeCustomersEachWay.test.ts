// "Tem cliente que a gente fatura direto e tem cliente que vai pela distribuidora": a partner
// that works both ways names two roles for itself; "tem cliente que" (there are customers who) is
// no other party's words. The role is asked, never guessed.
import { checkKind } from './kindCheck';

describe('partner: some customers one way, some the other', () => {
  checkKind([
    ['pt-BR', 'tem cliente que a gente fatura direto e tem cliente que vai pela distribuidora', {}, ['partnerType']],
    [
      'pt-BR',
      'A gente compra tudo pela distribuidora. O Office 365 do cliente vai pela distribuidora também.',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'O cliente tem Azure pelo EA e quer trazer pra gente, somos CSP direto.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
  ]);
});
