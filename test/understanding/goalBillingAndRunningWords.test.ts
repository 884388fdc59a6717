// Goal words of everyday billing and operations: wanting "fatura nossa" or everything "na nossa
// NF" is a move; "tocar o dia a dia" and being the "braço operacional" is support. A "not a CSP"
// about the seller does not reach past "e eles querem…": a new subject opens a new clause.
import { checkKind } from './kindCheck';

describe('goal: billing and running words', () => {
  checkKind([
    [
      'pt-BR',
      'Compraram o Microsoft 365 no site da Microsoft e querem fatura nossa a partir de março.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'O Exchange Online veio direto da Microsoft; querem tudo na nossa nota fiscal.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem que a gente toque o dia a dia do Microsoft 365, a cobrança fica como está.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Seríamos o braço operacional do Teams deles.', { service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'Exchange Online comprado numa loja de informática que não é parceira CSP e eles querem que a gente passe a faturar.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'O Office 365 veio de uma loja de informática que não é CSP e o cliente quer que a gente passe a faturar.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Alguém pra tomar conta do Microsoft 365 deles.', { service: 'license', goal: 'support' }],
  ]);
});
