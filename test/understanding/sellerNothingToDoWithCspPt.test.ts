// A seller said to have nothing to do with CSP ("a loja não tem nada a ver com CSP", "a empresa
// não tem relação com o programa CSP") is a third party outside the program, as "uma loja que não
// é CSP" is. Said of us, or with no seller named, it states no channel.
import { checkKind } from './kindCheck';

describe('a seller with nothing to do with CSP is a third party (pt-BR)', () => {
  checkKind([
    [
      'pt-BR',
      'O Microsoft 365 veio junto com os computadores; a revenda que vendeu não tem nada a ver com CSP.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['pt-BR', 'O Office 365 foi vendido por uma loja de bairro; a loja não tem relação com o programa CSP.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Isso não tem nada a ver com CSP, o cliente compra o Azure direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
