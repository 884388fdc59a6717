// Customers' own words in Portuguese: "paga … direto pra Microsoft" is a purchase from Microsoft;
// "desde 2023 está tudo no EA" opens what holds now, and "o EA que assinaram com a Microsoft" is
// the EA, not a second channel; "assumissem a cobrança" and "passar esse faturamento" take the
// billing over; "Distribuidora de Bebidas" is a trade's name, not the partner's role (pt-BR
// lexicon: channel microsoft and ea, goal move, partnerType indirectProvider, `corrections`).
import { checkKind } from './kindCheck';

describe('Portuguese: paid direct to Microsoft, since a year, billing taken over, a trade distributor', () => {
  checkKind([
    ['pt-BR', 'A sócia paga o Microsoft 365 Business Standard (6 usuários) direto pra Microsoft todo mês.', { channel: 'microsoft', service: 'license' }],
    [
      'pt-BR',
      'Histórico: até 2021 compravam pelo Open; desde 2022 está tudo no EA que assinaram com a Microsoft. Querem só suporte do Dynamics 365.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Bom dia! Queremos que vocês assumissem a cobrança do nosso Office 365.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'A ideia é passar esse faturamento do Microsoft 365 pra vocês.', { service: 'license', goal: 'move' }],
    [
      'pt-BR',
      'Temos o Microsoft 365 direto com a Microsoft e queremos só suporte.\nJoana - Distribuidora de Alimentos Bom Sabor',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});

// "Compram aquele cartãozinho (na papelaria)": a retail activation card, a third party's sale (pt-BR lexicon, channel thirdParty).
describe('Portuguese: the little activation card bought at a shop', () => {
  checkKind([
    [
      'pt-BR',
      'O Office deles? Todo ano compram um cartãozinho na papelaria do bairro e a gente só ajuda a ativar.',
      { channel: 'thirdParty', service: 'license' },
    ],
  ]);
});
