// "Está bem" and "tudo bem" answering a question that asks for consent are a yes: the statement the
// question makes ("pediu para assumirmos a cobrança, tudo bem?") stands. A "tá bom" that only
// acknowledges a doubt ("tá bom, depois confirmo") settles nothing.
import { checkKind } from './kindCheck';

describe('a consent given to a question (pt-BR)', () => {
  checkKind([
    [
      'pt-BR',
      '[21/05/2026 10:02] Ana: o cliente do Visio pediu para assumirmos a cobrança, tudo bem?\n[21/05/2026 10:04] Caio: tudo bem',
      { service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      '[21/05/2026 10:02] Ana: o cliente quer mudar a cobrança do Project para nós, está bem?\n[21/05/2026 10:04] Caio: está bem',
      { service: 'license', goal: 'move' },
    ],
    // Near miss: an acknowledgement of a doubt leaves the channel open.
    [
      'pt-BR',
      '[21/05/2026 10:02] Rui: acho que o Visio é EA ou Open, não tenho certeza\n[21/05/2026 10:04] Lia: tá bom, depois confirmo',
      { service: 'license' },
      ['channel'],
    ],
  ]);
});
