// Spoken Russian (ru-RU lexicon): «а не, подожди» is «а нет, подожди», a taking back, not «а не X»
// ("rather than X"); a «нет» reported of someone («он говорит нет») negates nothing after it; an
// agreement «был, не продлили» says no to it, so the answer chosen instead stands. Written for these tests.
import { checkKind } from './kindCheck';

describe('corrections and negation: Russian self-corrections and a lapsed agreement', () => {
  checkKind([
    [
      'ru-RU',
      'эксчейндж по опен вэлью хотят перевести к нам а не подожди она говорит нет только поддержка нужна',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Azure по EA или по MCA напрямую с Microsoft? Ответ: второе. EA был до весны, не продлили.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
