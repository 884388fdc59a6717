// In the customer's quoted words a purchase from a party said to be a CSP is bought from another
// CSP; a sentence that only asks whether the party is a CSP says nothing of it.
import { checkKind } from './kindCheck';

describe('kind: thread, a quoted question whether the seller is a CSP', () => {
  checkKind([
    [
      'ru-RU',
      'Пересылаю письмо клиента:\n«Microsoft 365 мы купили у Нордвинда, спросили, являются ли они CSP-партнером, ответа пока нет»',
      { service: 'license' },
    ],
  ]);
});
