// A chat copied with the time before the name on a line of its own ("[10:02 AM] Priya Natarajan",
// the words on the lines below) is a transcript: a question is no answer, a bare no to one option
// says no to it, and the later turn's own answer stands.
import { checkKind } from './kindCheck';

describe('kind: thread, a chat copied as "[time] Full Name" lines is read turn by turn', () => {
  checkKind([
    [
      'en-US',
      '[9:41 AM] Dana Whitfield\ndid they buy it through an EA?\n[9:42 AM] Marcus Lee\nno\n[9:44 AM] Marcus Lee\nthey bought their Microsoft 365 from another CSP partner, want it moved to us',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      '[14:02] Анна Соколова\nони покупали через EA?\n[14:03] Игорь Белов\nнет\n[14:05] Игорь Белов\nAzure купили у другого CSP-партнёра',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'pt-BR',
      '[14:02] Ana Souza\neles compraram via EA?\n[14:03] Paulo Lima\nnão\n[14:05] Paulo Lima\no Azure foi comprado de outro parceiro CSP',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
