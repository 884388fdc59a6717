// Kind "ticket": a hand-over note adds a line "ATUALIZAÇÃO 15h (Beto): …" (or "Atualização:",
// "Update das 16h:") that replaces what an earlier line noted: the update is a correction, the
// last statement wins. Read before: the earlier line and the update were both kept, the channel
// asked. Only as a line's or clause's head followed by a colon: "a atualização do Windows" is none.
import { checkKind } from './kindCheck';

describe('kind: an "ATUALIZAÇÃO 15h (Beto):" line of a note corrects the lines before it', () => {
  checkKind([
    [
      'pt-BR',
      'Passagem de turno:\n- Produto: Office 365 E3 (25)\n- Canal: outra CSP\n- ATUALIZAÇÃO 15h (Beto): falei com o cliente, as licenças foram compradas no varejo.\n- Pedido: gestão',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Canal: EA.\nAtualização: não, é MPSA, o EA venceu em 2022.', { channel: 'open' }],
    ['pt-BR', 'O cliente tem EA e pediu ajuda com a atualização do Windows, também tem Open.', {}, ['channel']],
  ]);
});
