// A wish that the subscriptions be moved, in the past form a «чтобы» asks for («хотят, чтобы мы
// перевели подписки к нам»), is a move, and so is the option of an either/or a reference picks.
// Not wanting them moved is no move.
import { checkKind } from './kindCheck';

describe('kind: goalWords, a wish that they be moved', () => {
  checkKind([
    ['ru-RU', 'Хотят, чтобы мы перевели подписки к нам, лицензии Office 365 по EA.', { channel: 'ea', service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Спросил, хотят ли они, чтобы мы только администрировали Office 365, или чтобы перевели подписки к нам. Ответил: последнее.',
      { service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Клиент не хочет, чтобы его подписки перевели к нам: Office 365 по EA, только поддержка.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
