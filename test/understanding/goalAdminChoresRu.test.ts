// The chores of an administrator the customer wants done («сбрасывал пароли», «заводил новых
// сотрудников») are the support goal, as «администрирование» is.
import { checkKind } from './kindCheck';

describe('kind: goalWords, the administrator chores', () => {
  checkKind([
    ['ru-RU', 'Нужно, чтобы кто-то сбрасывал пароли в Microsoft 365, брали по EA.', { channel: 'ea', service: 'license', goal: 'support' }],
    [
      'ru-RU',
      'Им нужен кто-то, кто будет заводить новых пользователей. Office 365 у другого CSP.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
