// Kind "correction": "falei de novo com o diretor" and "acabei de confirmar" bring news that
// replaces what was said before them, as "acabei de ver a fatura" does. Read before as two things
// told at once: the goal (or channel) was asked.
import { checkKind } from './kindCheck';

describe('kind: "I talked to them again", "I just confirmed" corrects what came before', () => {
  checkKind([
    [
      'pt-BR',
      'Office 365 pelo EA, querem só suporte. Falei de novo com o dono agora: querem que a gente vire o parceiro de registro.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Achei que era Open, mas acabei de confirmar com o cliente: é EA. Microsoft 365.', { channel: 'ea', service: 'license' }],
  ]);
});
