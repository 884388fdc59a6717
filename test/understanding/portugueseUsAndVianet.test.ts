// Portuguese ways to say "to us" and to name 21Vianet: billing that should "passar pra gente"
// (the colloquial "gente" without its article) or come out under "nosso CNPJ" (our tax number) is
// a move; "Vianet" without its 21, still names the seller in China.
import { checkKind } from './kindCheck';

describe('Portuguese: "pra gente", "nosso CNPJ", Vianet without its number', () => {
  checkKind([
    ['pt-BR', 'Eles têm Microsoft 365 E3 e querem que a cobrança venha pra gente no mês que vem.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem que as renovações do Microsoft 365 saiam no nosso CNPJ a partir de julho.', { service: 'license', goal: 'move' }],
    [
      'pt-BR',
      'Na China o Office 365 foi comprado da própria Vianet, e eles só precisam de suporte.',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
  ]);
});
