// A record's «Текущий поставщик: … (CSP-партнёр)» is another CSP; «то ли они партнёр Microsoft по
// программе CSP, то ли просто магазин» leaves the channel to ask; «чтобы счета за подписки
// выставляли мы» is a move. Written for these tests.
import { checkKind } from './kindCheck';

describe('a current seller field, a seller either CSP or shop, and bills from us, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент: ООО «Речной порт»\nТекущий поставщик: ООО «ИнфоСфера» (CSP-партнёр)\nПродукт: Microsoft 365 E3',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'ru-RU',
      'Office 365 нам продала «Альфа-Компьютер» — то ли они партнёр Microsoft по программе CSP, то ли просто магазин.',
      { service: 'license' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Лицензии Microsoft 365 клиент брал напрямую у Microsoft. Клиент хочет, чтобы счета за лицензии дальше выставляли мы.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
  ]);
});
