// Portal against the customer: what the admin center or the portal shows («в центре
// администрирования видно», «по порталу значится») after what the customer said is the account
// manager's checked finding and replaces the customer's word. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: what the portal shows replaces what the customer said (Russian)', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент говорит, что покупал Microsoft 365 в рознице, но в центре администрирования видно, что подписки у другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'По словам клиента, Azure по EA, но по порталу значится другой CSP-партнёр.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
