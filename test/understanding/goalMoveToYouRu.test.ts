// «Переведём подписки к вам», «перенести лицензии к вам»: the customer's words to the partner,
// moving the subscriptions to "you", ask for a move as «к нам» does; said beside a wish for
// support with nothing deciding, the goal is asked. Written for these tests.
import { checkKind } from './kindCheck';

describe('goal: moving subscriptions "to you", in the customer\'s words', () => {
  checkKind([
    ['ru-RU', 'Клиент прислал: «Office 365 E3 хотим перенести лицензии к вам до конца года».', { service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Заказчик по Visio то пишет «просто помогите с поддержкой», то «давайте переведём подписки к вам» — решения нет.',
      { service: 'license' },
      ['goal'],
    ],
  ]);
});
