// A seller told as a CSP with its name between («через партнёра «Облако Плюс» (они CSP)»), or as
// one that has or had CSP status («у него был статус CSP»), is another CSP partner. Said of a
// partner we work through, or of ourselves, it is none.
import { checkKind } from './kindCheck';

describe('kind: channel words, a named seller that is or was a CSP (Russian)', () => {
  checkKind([
    [
      'ru-RU',
      'Microsoft 365 у клиента через интегратора «Линия Софт» (они CSP). Нужна поддержка',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Azure им продал прежний подрядчик, у него был статус CSP', { channel: 'otherCsp', service: 'usage' }],
    [
      'ru-RU',
      'лицензии M365 брали у компании «Вектор», у которой статус CSP недавно отозвали; нужна поддержка',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'мы закупаем через партнёра Ingram, они CSP. Клиенту нужна поддержка M365', { service: 'license', goal: 'support' }],
  ]);
});
