// Whose words: "мы по Azure работаем напрямую" (we work direct for Azure) is the partner's own role
// said for one product, as "мы работаем напрямую"; asked as an either/or with the distributor, the
// role is asked back, never read from the distributor alone.
import { checkKind } from './kindCheck';

describe('partnerType: "мы по <продукт> работаем напрямую" is our direct role', () => {
  checkKind([
    ['ru-RU', 'Мы по Azure работаем напрямую, клиент хочет перейти к нам.', { service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'Вопрос: мы по Azure работаем напрямую или через дистрибьютора? Не помню.', { service: 'usage' }, ['partnerType']],
    // Through a distributor alone stays the reseller's role.
    ['ru-RU', 'Мы по Azure работаем через дистрибьютора.', { service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
