// Portuguese: "é o comercial mesmo" (it is the commercial one after all: the Partner Center, said
// in the masculine) is the global cloud, as "é a comercial" is. Without "mesmo", "é o comercial"
// may be the sales team ("quem fechou é o comercial"), and names no cloud; so may it with "mesmo"
// when nothing in the sentence before speaks of the cloud or the Partner Center.
import { checkKind } from './kindCheck';

describe('cloud: the commercial one after all, in the masculine', () => {
  checkKind([
    ['pt-BR', 'Pensei que era GCC, mas não, está no comercial mesmo. Azure pelo EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
    [
      'pt-BR',
      'O partner center desse cliente é o global mesmo; Office 365 de outro parceiro CSP.',
      { cloud: 'global', channel: 'otherCsp', service: 'license' },
    ],
    ['pt-BR', 'Quem fechou o Office 365 com eles é o comercial.', { service: 'license' }],
    ['pt-BR', 'Quem cuida do Office 365 deles é o comercial mesmo.', { service: 'license' }],
  ]);
});
