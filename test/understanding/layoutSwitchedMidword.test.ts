// A word typed with the keyboard layout changed midway: Russian letters, then Latin ones with no
// Cyrillic look-alike («Азure», «Micrософт»). Its Russian letters are read by the Latin ones they
// sound as, when that spells a word the lexicons know.
import { checkKind } from './kindCheck';

describe('tolerance: a word whose keyboard layout changed midway is read by sound', () => {
  checkKind([
    ['ru-RU', 'Азure у них через EA, хотят перенести к нам', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'подписки Азure купили у другого CSP-партнёра', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Micrософт 365 брали напрямую на сайте', { channel: 'microsoft', service: 'license' }],
  ]);
});
