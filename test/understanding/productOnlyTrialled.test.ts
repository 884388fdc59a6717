// A product the customer only tried on a trial («Azure только на пробном периоде смотрели») is
// not one they have: the words set it aside as an aside is, so the product they do have decides
// the service. A trial without "only" and a verb of trying is still their product.
import { checkKind } from './kindCheck';

describe('a product only tried on a trial is set aside', () => {
  checkKind([
    ['ru-RU', 'Клиент хочет перенести к нам Exchange Online, Azure они только пробовали на триале.', { service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'У заказчика Dynamics 365 через EA. Azure лишь на тестовом периоде смотрели. Нужна поддержка.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Microsoft 365 у них на пробном периоде, хотят купить через нас.', { service: 'license' }],
  ]);
});
