// "Not a CSP partner." said alone, after a sentence whose subject is a seller, is about that seller
// however long the sentence is: the seller is a third party.
import { checkKind } from './kindCheck';

describe('channel: "not a CSP" alone after a long sentence about a seller', () => {
  checkKind([
    [
      'hu-HU',
      'Egy tárhelyszolgáltató állítja ki nekik a számlát az Azure-ról, a bérelt szerverekkel együtt, minden hónapban. Nem CSP partner.',
      { channel: 'thirdParty', service: 'usage' },
    ],
    [
      'en-US',
      'A hosting company bills them for Azure together with the rented servers, every single month. Not a CSP partner.',
      { channel: 'thirdParty', service: 'usage' },
    ],
    [
      'ru-RU',
      'Хостинг-провайдер выставляет им счет за Azure вместе с арендой серверов, каждый месяц одним счетом. Не CSP-партнер.',
      { channel: 'thirdParty', service: 'usage' },
    ],
    [
      'pt-BR',
      'Um provedor de hospedagem cobra deles o Azure junto com o aluguel dos servidores, todo mês numa fatura só. Não é parceiro CSP.',
      { channel: 'thirdParty', service: 'usage' },
    ],
  ]);
});
