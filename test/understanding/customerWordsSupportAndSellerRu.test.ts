// A customer's own Russian words: «чтобы вы за нас всё вели», «будьте на подхвате» ask for support;
// a seller said «не CSP, просто перепродаёт / просто пакет провайдера», «это розница» or «сетевой
// магазин электроники» is a third party; «платим по счетам от самой Microsoft», a card «привязали
// в центре администрирования» is bought from Microsoft; «Исправление к п.3:» corrects item 3.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('customer words for support, seller and Microsoft billing, and an item corrected, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Добрый день! Office 365 у нас от Microsoft напрямую. Хотим, чтобы вы за нас всё вели, а платить будем сами.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Лицензии Visio по Open Value. Просим быть у нас на подхвате, если что-то не работает.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Exchange Online брали у студии «Веб-Мастер» вместе с сайтом. Они не CSP, просто перепродают. Нужна только поддержка.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Лицензии Office покупали в сетевом магазине электроники, это розница. Нужна помощь с настройкой.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Мы оплачиваем Azure по счетам от самой Microsoft.', { channel: 'microsoft', service: 'usage' }],
    [
      'ru-RU',
      'Microsoft 365 Business Standard: директор привязал корпоративную карту в центре администрирования.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'ru-RU',
      '1. «Сигма»: Microsoft 365 E3 по Open Value.\n2. Хотят перенос биллинга к нам.\n3. Исправление к п.2: переноса не будет, только поддержка.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
  ]);
});
