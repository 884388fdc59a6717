// "o parceiro antigo deles era uma revenda", "o provedor anterior deles foi um distribuidor": a
// seller said after its noun to be the old one is a past seller, background that the channel
// said now outweighs (pt-BR lexicon, channel otherCsp background).
import { checkKind } from './kindCheck';

describe('Portuguese: an old partner that was a reseller is background', () => {
  checkKind([
    ['pt-BR', 'o provedor anterior deles era uma revenda pequena\naté hoje eles compram Office 365 no Open Value', { channel: 'open', service: 'license' }],
    ['pt-BR', 'O parceiro antigo da clínica foi um distribuidor; agora o Azure está num EA.', { channel: 'ea', service: 'usage' }],
  ]);
});
