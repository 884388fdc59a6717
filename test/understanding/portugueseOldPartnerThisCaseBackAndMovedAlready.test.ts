// "o parceiro antigo deles era uma revenda", "o provedor anterior deles foi um distribuidor": a
// seller said after its noun to be the old one is a past seller, background that the channel
// said now outweighs (pt-BR lexicon, channel otherCsp background). "mas aqui no Brasil a gente …"
// after the parent company abroad returns to this case (`structure.thisCase`), "administrassem" is
// support, and "o Azure já passou pra gente" sets that product aside (`structure.dismiss`).
import { checkKind } from './kindCheck';

describe('Portuguese: an old partner that was a reseller is background', () => {
  checkKind([
    ['pt-BR', 'o provedor anterior deles era uma revenda pequena\naté hoje eles compram Office 365 no Open Value', { channel: 'open', service: 'license' }],
    ['pt-BR', 'O parceiro antigo da clínica foi um distribuidor; agora o Azure está num EA.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('Portuguese: this case back after the parent abroad, a product already moved to us', () => {
  checkKind([
    [
      'pt-BR',
      'A matriz espanhola assinou contrato EA com a Microsoft; aqui no Brasil a gente compra o Exchange Online direto da Microsoft. Queríamos que vocês administrassem tudo.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'O Azure já passou pra gente em março. O Microsoft 365 continua no EA e eles querem que a gente assuma o faturamento.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
  ]);
});
