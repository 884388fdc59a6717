// Threads: a note above a pasted chat log that says which app the log comes from («лог из
// Teams», "Teams log") names no product. The note is the newest part, so a product read from it
// would outvote the log's newest line ("only Azure") and keep an older line's licence and move.
// Written for these tests; the other languages named the app only with a verb before.
import { checkKind } from './kindCheck';

describe('kind: thread, the app a chat log comes from is no product', () => {
  checkKind([
    [
      'ru-RU',
      'Мы T1. Лог из Teams, свежие сверху:\n[11:20] Ирина (клиент): нет, только Azure, покупали у другого CSP-партнёра\n[11:05] Ирина: хотим перенести к вам Microsoft 365',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Переписка из Teams ниже.\n[09:01] Павел: у них Office 365 по EA, хотят перенести\n[09:04] Павел: поправка, речь только про Azure',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'en-US',
      'We are T1. Teams log, newest on top:\n[2:40 PM] Dana (customer): it is only about Azure, bought from another CSP\n[2:31 PM] Dana: we want to move Microsoft 365 to you',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'en-US',
      'Chat log from Teams below.\n[09:01] Sam: they have Office 365 under an EA, want to move it\n[09:04] Sam: correction, it is only about Azure',
      { channel: 'ea', service: 'usage' },
    ],
  ]);
});
