// «Клиент колеблется: либо оставить Office 365 как есть, …, либо перевести подписки к нам»: a doubt
// that opens an either/or doubts the choice between the options, not the product named inside the
// first one; a reference after it settles the choice and the product stays stated. (English and
// Portuguese read these already.)
import { checkKind } from './kindCheck';

describe('hedge: a doubt opening an either/or doubts the choice, not the product', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент колеблется: либо оставить Office 365 как есть, а мы только поддерживаем, либо перевести подписки к нам. Перезвонил — выбрали первое.',
      { service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Клиент колеблется: либо оставить Dynamics 365 как есть, а мы только сопровождаем, либо перенести подписки к нам. Выбрали второе.',
      { service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'The customer is not sure: either keep Dynamics 365 as it is and we just support it, or move the subscriptions to us. Called back, they chose the latter.',
      { service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'O cliente está em dúvida: ou mantém o Dynamics 365 como está e a gente só dá suporte, ou transfere as assinaturas pra nós. Ligou de volta: a segunda.',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
