// «Поправка — …», «Поправка: …» opening a clause marks a correction, as «поправка,» does: the
// channel said after it replaces the one before.
import { checkKind } from './kindCheck';

describe('correction: «поправка» before a dash or a colon (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент брал Microsoft 365 у другого CSP. Поправка — не у партнёра, а сам купил на сайте Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['ru-RU', 'Office 365 по EA. Поправка: по Open Value.', { channel: 'open', service: 'license' }],
  ]);
});
