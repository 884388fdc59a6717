// «Поддержка Microsoft 365» is support of the customer's Microsoft 365, which the partner gives;
// «поддержка Microsoft» alone is Microsoft's own support desk, which names no goal.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: goalWords, «поддержка Microsoft 365» is support, «поддержка Microsoft» is Microsoft’s desk', () => {
  checkKind([
    ['ru-RU', 'Клиенту нужна только поддержка Microsoft 365, лицензии у них по EA.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Клиент уже писал в поддержку Microsoft, ответа нет. Лицензии Office 365 куплены по EA.', { channel: 'ea', service: 'license' }],
  ]);
});
