// Kind "goalWords": the move said in a customer's own words ("чтобы вы нам … счёт выставляли"),
// the bills for a named product coming from us ("счета за Teams шли от нас"), and a customer leaving
// for our reseller (a distributor's message) are the move.
import { checkKind } from './kindCheck';

describe('kind: goal words, billing by us said by the customer, for a product, or via our reseller', () => {
  checkKind([
    ['ru-RU', 'Клиент: «Microsoft 365 бизнес стандарт, хотим, чтобы вы нам продлевали и счёт выставляли».', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365, они хотят, чтобы мы им теперь счета выставляли.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Хотят, чтобы счета за Teams шли от нас.', { service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Мы дистрибьютор. Клиент на Microsoft 365 хочет уйти к реселлеру полностью.',
      { service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
    // Leaving for another reseller is not a move to us.
    ['ru-RU', 'Клиент на Microsoft 365 хочет уйти к другому реселлеру.', { service: 'license' }],
  ]);
});
