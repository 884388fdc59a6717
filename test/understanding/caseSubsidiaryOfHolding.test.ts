// Whose case: the holding named as the one the customer belongs to («клиент — дочка холдинга»,
// «филиал холдинга») is no other party speaking: what follows is this customer's. A holding
// named on its own still speaks of its own case. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: whose, a subsidiary of a holding is this customer', () => {
  checkKind([
    ['ru-RU', 'Клиент — дочка холдинга, Azure у них куплен по EA.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Заказчик — дочерняя компания крупного холдинга, Microsoft 365 брали у другого CSP-партнёра.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Это филиал холдинга, Office 365 купили на сайте Microsoft, нужна поддержка.', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['ru-RU', 'Холдинг работает по EA, а дочка купила Microsoft 365 на сайте Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});
