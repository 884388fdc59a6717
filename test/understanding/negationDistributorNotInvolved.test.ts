// «Дистрибьютор (тут) не участвует» (the distributor takes no part) denies the distributor, as
// «дистрибьютора в схеме нет» does: a direct partner saying so stays direct.
import { checkKind } from './kindCheck';

describe('kind: whose, the distributor takes no part', () => {
  checkKind([
    ['ru-RU', 'Azure по EA, дистрибьютор тут не участвует, мы прямой партнёр.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'По этому клиенту работаем сами, прямой биллинг, дистр не участвует.', { partnerType: 'direct' }],
  ]);
});
