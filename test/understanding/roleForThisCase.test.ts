// A role said for this customer («по этому клиенту мы реселлер через дистрибьютора») is this
// case's; another role in its sentence («T1 у нас только по крупным») is the partner's role for
// other customers and answers nothing. A correction or an "or" between the two keeps both read.
import { checkKind } from './kindCheck';

describe("role: this customer's, beside the partner's role for others", () => {
  checkKind([
    ['ru-RU', 'По этому клиенту мы реселлер через дистрибьютора, T1 у нас только по крупным.', { partnerType: 'indirectReseller' }],
    [
      'ru-RU',
      'Для этого заказчика мы идём как T1, а с остальными работаем через дистрибьютора как реселлер. Azure.',
      { partnerType: 'direct', service: 'usage' },
    ],
    ['en-US', 'For this customer we are a reseller through a distributor, we are T1 only for the big accounts.', { partnerType: 'indirectReseller' }],
  ]);
});

describe('role: a correction or an either/or beside this customer keeps both roles read', () => {
  checkKind([
    ['ru-RU', 'По этому клиенту мы T1, хотя нет, реселлер через дистрибьютора.', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'По этому клиенту мы то ли прямой партнер, то ли реселлер через дистрибьютора.', {}, ['partnerType']],
    ['ru-RU', 'Мы T1, а по этому клиенту реселлер через дистрибьютора.', { partnerType: 'indirectReseller' }],
  ]);
});
