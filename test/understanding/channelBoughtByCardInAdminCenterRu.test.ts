// «Куплены картой в центре администрирования Microsoft»: bought in the admin center, as
// «купили в админ-центре», is bought from Microsoft; the admin center named alone is not. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: bought by card in the admin center, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Лицензии Microsoft 365 Business Standard оплачены и куплены картой в центре администрирования Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['ru-RU', 'Exchange Online они покупали в центре администрирования Microsoft 365.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Office 365, хотят, чтобы мы вели пользователей в центре администрирования.', { service: 'license', goal: 'support' }],
  ]);
});
