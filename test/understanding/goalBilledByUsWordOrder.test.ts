// «Чтобы счета нам выставляли вы», «чтобы дальше счета выставляли мы», «забрать всё под нас», «вы
// это к себе забрали», «оплата чтоб вам шла»: taking over the billing said with the words in another
// order, or in the customer's own words to the partner, is the wish to move.
import { checkKind } from './kindCheck';

describe('goalWords: billing taken over, said in another word order or to the partner (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Клиент пишет: «У нас Microsoft 365, хотим, чтобы счета нам выставляли вы».', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365 куплен по EA. Хотят, чтобы дальше счета выставляли мы.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['ru-RU', 'Платят за Teams картой Microsoft напрямую, хотят забрать всё под нас.', { channel: 'microsoft', service: 'license', goal: 'move' }],
    ['ru-RU', 'Голосовое от клиента: лицензии Office 365, просим, чтобы вы это к себе забрали.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Лицензии Exchange Online, хотят, чтобы оплата тоже вам шла.', { service: 'license', goal: 'move' }],
  ]);
});
