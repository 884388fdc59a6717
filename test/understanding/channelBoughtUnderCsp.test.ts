// Bought "under CSP" («брали по CSP») is bought from a CSP partner, another one unless the
// message says from us; the partner buying «по CSP» itself is no channel of the customer's.
import { checkKind } from './kindCheck';

describe('channel: bought under CSP is another CSP, unless from us', () => {
  checkKind([
    ['ru-RU', 'Teams брали по CSP, хотят перенести к нам', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'они через Логиком покупали по CSP, Azure', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Клиент на EA, Azure. Мы покупаем по CSP у дистрибьютора.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Купили Microsoft 365 по CSP у нас же, хотят поддержку', { service: 'license', goal: 'support' }],
  ]);
});
