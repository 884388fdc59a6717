// In a chat copied with each name and time on a line of its own ("Diego  15:34"), the line under
// it is that person's words even when it opens with a word and a colon ("corrigindo: …",
// "update: …"): no new speaker, so the correction stays the writer's own and takes back the line above.
import { checkKind } from './kindCheck';

describe('thread: the first line under a name and a time is that person’s words', () => {
  checkKind([
    [
      'pt-BR',
      'Paulo S  10:02\no Microsoft 365 deles vem de outra revenda CSP\nPaulo S  10:20\ncorrigindo: não é outra revenda, é Open Value.\nBia  10:21\nok, valeu',
      { channel: 'open', service: 'license' },
    ],
    [
      'en-US',
      'Dan R  3:10 PM\ntheir Azure comes from another CSP\nDan R  3:34 PM\nupdate: not another CSP, it is on their EA.\nMaria  3:35 PM\nok',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'pt-BR',
      'Paulo S  10:02\ncliente quer só suporte no Microsoft 365\nBia  10:05\ncomprado de onde?\nPaulo S  10:06\nde outro parceiro CSP',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
