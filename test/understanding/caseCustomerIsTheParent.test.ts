// Cases: «клиент — головная компания» says the customer is the parent company (an apposition),
// so what follows is this case's purchase, not another party's. «головная компания клиента» is
// still another party. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: whose, the customer is the parent company', () => {
  checkKind([
    ['ru-RU', 'Клиент — головная компания группы, Office 365 брал напрямую у Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Сам заказчик, материнская компания, покупает Azure по EA.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Головная компания клиента брала Azure по EA, а клиент купил Office 365 у другого CSP-партнёра.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
