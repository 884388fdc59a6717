// Kind "whoseWords": "o parceiro antigo só instalou; as licenças foram compradas no varejo" says the
// old partner did the installation and sold nothing: it is not the channel. Read before: another
// CSP partner beside the shop, the channel asked. A partner that sold and also installed ("comprado
// com outro parceiro CSP, que só instalou e sumiu") stays the channel.
import { checkKind } from './kindCheck';

describe('kind: a partner that "só instalou" is not the seller', () => {
  checkKind([
    [
      'pt-BR',
      'O parceiro antigo só instalou; as licenças do Microsoft 365 foram compradas numa loja de informática.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'pt-BR',
      'A revenda antiga apenas fez a instalação, o Office eles compraram no varejo. Querem suporte.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'O Azure foi comprado com outro parceiro CSP, que só instalou e sumiu.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
