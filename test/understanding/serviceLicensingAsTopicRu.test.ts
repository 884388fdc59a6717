// «Лицензирование» as the topic a question opens with («лицензирование, вопрос:», «вопрос по
// лицензированию») names no licence-based service: the product said after it does.
import { checkKind } from './kindCheck';

describe('kind: variant, licensing as the topic of a question', () => {
  checkKind([
    ['ru-RU', 'Лицензирование, вопрос: у клиента Azure по EA, хотят к нам. Как переносить?', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Вопрос по лицензированию: клиент платит за Azure картой Microsoft напрямую.', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Лицензирование: Office 365 на 20 пользователей, покупали по Open.', { channel: 'open', service: 'license' }],
  ]);
});
