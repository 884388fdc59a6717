// A goal said under a condition ("se um dia ela quiser trazer a cobrança", "se na renovação eles
// quiserem trazer") is no goal of today, and what the writer had first understood ("eu tinha
// entendido errado") gives way to what is said now; taking over the licensing ("assumir o
// licenciamento") is a move.
import { checkKind } from './kindCheck';

describe('Portuguese goal words: a condition, a first understanding, taking over the licensing', () => {
  checkKind([
    [
      'pt-BR',
      'Office 365 comprado no site da Microsoft. Querem só que a gente cuide da administração e do suporte; o faturamento continua com a Microsoft por enquanto (se na renovação de março eles quiserem trazer, a gente conversa de novo).',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Anotações da Loja Lua:\n- Microsoft 365 comprado direto da Microsoft;\n- a dona quer "que vocês sejam o suporte da gente, sem mexer em nada de cobrança";\n- se um dia ela quiser trazer a cobrança, a gente reavalia, mas hoje não.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Padaria Sol, depois da segunda ligação: não querem migrar, querem só gestão do Microsoft 365; eu tinha entendido errado na primeira (o dono falou "passar pra vocês", mas quis dizer passar o suporte do dia a dia).',
      { service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'O colégio tem Office 365 pelo Open Value e quer que a gente assuma o licenciamento, não só o suporte.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
  ]);
});
