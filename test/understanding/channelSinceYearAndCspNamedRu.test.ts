// Russian (ru-RU lexicon): a channel bought «до прошлого года» is a past one, the one «с этого года» /
// «с 2021 года» is today's; a purchase «через CSP-партнёра ООО …» (a company form after it) and
// «… – их CSP сейчас» name another CSP. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a past year, a year since, and a CSP named by its company form, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Лицензии Microsoft 365 E5 брали по Open License до прошлого года, с этого года – по Enterprise Agreement.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'ru-RU',
      'Старая накладная: Open Value, Office Standard 2016. Но с 2021 года у них Microsoft 365 E3 через CSP-партнёра ООО «Небо Софт».',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'Компания «Тундра Сервис» – их CSP сейчас, у них Azure.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
