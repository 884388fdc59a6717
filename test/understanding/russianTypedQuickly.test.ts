// Words typed in a hurry: «реселер» for «реселлер», «чрез» for «через», a plan written with a
// Cyrillic «е» («е5»); and plain words for a move or a seller: leaving an agreement for CSP,
// renewals going through us, keys bought on a marketplace.
import { checkKind } from './kindCheck';

describe('Russian typed quickly, and a few plain words', () => {
  checkKind([
    ['ru-RU', 'мы реселер, берём чрез дистрибутора. у клиента е5, нужна поддержка', { partnerType: 'indirectReseller', service: 'license', goal: 'support' }],
    ['ru-RU', 'Заказчик уходит с Open Value на CSP, у них Office 365 E3.', { channel: 'open', service: 'license', goal: 'move' }],
    ['ru-RU', 'Просят, чтобы продления Microsoft 365 E5 дальше шли через нас.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Купили ключи Office 365 на маркетплейсе, хотят поддержку.', { channel: 'thirdParty', service: 'license', goal: 'support' }],
  ]);
});
