// One "Request:/Response:" pair is no tender: the request line's own words say what the customer
// wants, so its goal stands; an item reads as the buyer's requirement only when the text has a
// tender's shape (numbered items, several answered items, "shall", «требование», "要求").
import { checkKind } from './kindCheck';

describe('a request line above a reply is the case, not a tender item', () => {
  checkKind([
    [
      'en-US',
      'Request: the customer would like their Microsoft 365 seats moved over to us off the EA\nResponse: fine, we can support them once it is done.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Запрос: клиент хочет перевести подписки Microsoft 365 к нам с EA\nОтвет: хорошо, после переноса мы их поддержим.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '需求：客户想把 Microsoft 365 订阅从 EA 迁到我们这里\n答复：可以，迁完后我们提供支持。', { channel: 'ea', service: 'license', goal: 'move' }],
    [
      'pt-BR',
      'Solicitação: o cliente quer migrar as assinaturas do Microsoft 365 do EA para nós\nResposta: ok, depois disso damos suporte.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Kérés: az ügyfél át szeretné hozni a Microsoft 365 előfizetéseit hozzánk az EA-ból\nVálasz: rendben.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Requirement 3: the supplier shall support the users on workdays.\nResponse: agreed. Customer buys Microsoft 365 via EA.',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
