// "Not X but Y" said after X was stated takes X back on every question, not only on the channel:
// a field's value denied in a later comment and replaced there in the same sentence is corrected,
// so the reader reads the replacement instead of asking. A denial with no replacement changes nothing.
import { checkKind } from './kindCheck';

describe('a value denied and replaced later, on every question', () => {
  checkKind([
    [
      'en-US',
      'Our role: distributor\nReviewer remark: that is off. Not the distributor, we act as an indirect reseller for them.',
      { partnerType: 'indirectReseller' },
    ],
    ['en-US', 'Cloud: US Gov\nReviewer remark: off again, not US Gov but the usual commercial cloud.', { cloud: 'global' }],
    ['pt-BR', 'Papel nosso: distribuidor\nRevisão: está errado. Não somos distribuidor, somos revenda indireta deles.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Nuvem do cliente: 21Vianet\nRevisão: errado. Não é 21Vianet, é a nuvem global comum.', { cloud: 'global' }],
    ['zh-CN', '我们的角色：分销商\n审核备注：填错了，不是分销商，是间接经销商。', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Роль у нас: дистрибьютор\nПравка: неверно. Мы не дистрибьютор, мы непрямой реселлер у них.', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Облако клиента: 21Vianet\nПравка: неверно. Не 21Vianet, а глобальное облако, в Китае никаких подразделений нет.', { cloud: 'global' }],
    ['hu-HU', 'Felhő mező: 21Vianet\nJavítás: hibás. Nem 21Vianet, hanem a globális felhő.', { cloud: 'global' }],
    // Near misses: a denial asked as a question, or one that replaces nothing, keeps the field's value.
    ['en-US', 'Cloud: 21Vianet\nReviewer remark: not 21Vianet? Someone should verify.', { cloud: 'china' }],
    ['en-US', 'Our role: distributor\nReviewer remark: we are not the distributor of Contoso though.', { partnerType: 'indirectProvider' }],
  ]);
});
