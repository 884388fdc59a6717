// «Не знаю, как мы числимся, а клиент брал Azure напрямую у Microsoft»: a doubt about the partner
// ends where «а клиент» turns to the customer; what the customer did is stated. A doubt said of
// the customer's own purchase («а клиент вроде по EA») still doubts it.
import { checkKind } from './kindCheck';

describe('hedge: a doubt ends at «а клиент» (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'я не знаю, что у нас в Partner Center в итоге оставили, а клиент Azure брал напрямую у Microsoft', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'не уверен, какой у нас статус, а заказчик купил Office 365 по EA', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'не знаю, а клиент вроде по EA брал Office 365', { service: 'license' }],
  ]);
});
