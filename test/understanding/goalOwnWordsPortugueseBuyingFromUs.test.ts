// The goal in Portuguese words about buying from us from now on: "recomprar via nosso CSP",
// "passar a comprar com a gente", handing a product over "para o CSP de vocês", "a cobrança e tudo";
// a purchase already made with us is not a wish to move.
import { checkKind } from './kindCheck';

describe('The goal in Portuguese words about buying from us', () => {
  checkKind([
    [
      'pt-BR',
      'Licenças de Office 365 compradas numa loja. Na renovação, recomprar via nosso CSP.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'O cliente comprou o Microsoft 365 pelo Open e quer passar a comprar com a gente.', { channel: 'open', service: 'license', goal: 'move' }],
    ['pt-BR', 'Exchange pelo EA; querem passar o Exchange Online todo para o CSP de vocês.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['pt-BR', 'licenças do Open, querem q a gente assuma, cobrança e tudo', { channel: 'open', service: 'license', goal: 'move' }],
    ['pt-BR', 'Compraram o Office 365 com a gente no ano passado e agora querem só suporte.', { service: 'license', goal: 'support' }],
  ]);
});
