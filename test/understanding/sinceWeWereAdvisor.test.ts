// The seller named as us "since the days we were in the Advisor programme" sold it as a former
// Advisor; and the billing that the customer asks us to "accept upon ourselves" is a move to us.
import { checkKind } from './kindCheck';

describe('a sale by us from our Advisor days; billing accepted upon us (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Тенант у них на 21Vianet. Visio им продавала «Ромашка», а «Ромашка» — это мы, ещё с тех времён, когда были в программе Advisor.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    ['ru-RU', 'Клиент просит нас принять на себя оплату подписок Visio.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Visio им продали через программу Advisor.', { channel: 'advisor', service: 'license' }],
  ]);
});
