// «Берём на обслуживание», «взять их на поддержку»: taking the customer on for service is the
// support goal, read as one phrase, so an either/or of the goals settled by a reference
// («клиент выбрал второе») keeps the option it names.
import { checkKind } from './kindCheck';

describe('goal: «взять на обслуживание» is support, as one option of two (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'По Office 365 было два пути: либо переносим подписки к нам, либо просто берём их на обслуживание. Выбрали второе.',
      { service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Либо переносим лицензии Microsoft 365 к нам, либо просто берём на поддержку. Клиент выбрал первое.', { service: 'license', goal: 'move' }],
  ]);
});
