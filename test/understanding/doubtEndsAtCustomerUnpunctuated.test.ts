// Spoken and unpunctuated: «не помню как у нас оформлено а клиент покупал через эдвайзера». The
// doubt about our own contract ends where the customer becomes the subject, comma or not.
import { checkKind } from './kindCheck';

describe('spoken: a doubt ends at «а клиент» without a comma too (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'я не помню как у нас этот договор оформлен а клиент эксчейндж онлайн покупал через эдвайзера облако обычное глобальное',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
    ['ru-RU', 'не уверен через кого мы работаем а клиент азур брал через EA', { channel: 'ea', service: 'usage' }],
  ]);
});
