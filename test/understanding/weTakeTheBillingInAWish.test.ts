// «хотят, чтобы мы взяли биллинг», «чтобы мы забрали подписки к себе»: the customer's wish that we
// take the billing or take the subscriptions over is the goal to move, with "we" as the subject of
// the wish; said with a negation before it, the wish is not there.
import { checkKind } from './kindCheck';

describe('a wish that we take the billing (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Клиент на EA, Dynamics 365 Sales, просят, чтобы мы взяли биллинг.', { channel: 'ea', service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Office 365 E1 у другого CSP, директор хочет, чтобы теперь мы забрали подписки к себе.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'ну там эээ офис триста шестьдесят пять по EA они хотят чтобы мы забрали их к себе целиком', { channel: 'ea', service: 'license', goal: 'move' }],
    // Near miss: a negated wish, and support asked instead.
    ['ru-RU', 'Клиент на EA, Dynamics 365, не хотят, чтобы мы взяли биллинг, только поддержка.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
