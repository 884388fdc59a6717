// Own words for moving to us: the customer leaving their partner for us («уйти к нам») and
// wanting us to bill them from now on («чтобы счета дальше выставляли мы») both take over the
// subscriptions and the billing.
import { checkKind } from './kindCheck';

describe('goal words: leaving for us, our invoices from now on', () => {
  checkKind([
    ['ru-RU', 'Клиент хочет уйти к нам со своим Microsoft 365.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'они уходят к нам полностью, Office 365 на 40 мест', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Лицензии Microsoft 365, хотят, чтобы счета дальше выставляли мы.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365: нужно, чтобы счета теперь выставляли мы', { service: 'license', goal: 'move' }],
    ['en-US', 'The customer wants to move their Microsoft 365 to us.', { service: 'license', goal: 'move' }],
  ]);
});
