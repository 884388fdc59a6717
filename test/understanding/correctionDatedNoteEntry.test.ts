// A note of dated entries ("12/07 – …", "26/07 – …"): a newer entry changes what an older one said,
// as a correction does.
import { checkKind } from './kindCheck';

describe('A newer dated entry of a note corrects an older one', () => {
  checkKind([
    [
      'pt-BR',
      'Notas:\n03/05 – cliente quer migrar o Office 365 pra gente.\n20/05 – falei com o dono: por enquanto só suporte, a cobrança fica no Open.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Notas:\n03/05 – cliente comprou o Azure pelo EA.\n20/05 – nada novo, aguardando retorno.', { channel: 'ea', service: 'usage' }],
  ]);
});
