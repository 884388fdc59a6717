// An agreement the speaker says will be signed ("vamos assinar um EA", "eles pretendem fechar um
// MCA") is a plan, not where the customer buys today: the channel is the one stated in the other
// sentence ("por enquanto o Visio fica no Open Value"); an agreement already signed still answers.
import { checkKind } from './kindCheck';

describe('an agreement the speaker plans to sign (pt-BR)', () => {
  checkKind([
    ['pt-BR', 'Diretoria decidiu: vamos assinar um EA no segundo semestre. Por enquanto o Visio fica no Open Value.', { channel: 'open', service: 'license' }],
    [
      'pt-BR',
      'Eles pretendem fechar um Enterprise Agreement em 2027. Hoje o Project Plan 3 é pago no cartão direto na Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['pt-BR', 'Assinamos um EA em 2021 e desde então o Visio está nele.', { channel: 'ea', service: 'license' }],
  ]);
});
