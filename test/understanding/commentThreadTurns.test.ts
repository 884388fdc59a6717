// A task's comments are a conversation: "Name (role), 10:15: …" opens a turn as "Name: …" does,
// so a lead's question there is a question, read only through the answer after it, and a no
// that names what was bought instead denies the question's option, never states it.
import { checkKind } from './kindCheck';

describe('comment thread: "Name (role), time:" opens a turn', () => {
  checkKind([
    [
      'ru-RU',
      'Тикет 812, обсуждение:\nОльга (менеджер), 09:05: Клиент просит только поддержку Microsoft 365.\nИгорь (руководитель), 09:20: Брали через дистрибьютора?\nОльга (менеджер), 09:41: Нет, через EA.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Марина, 11:02: клиент хочет забрать к нам подписки Office 365.\nДенис, 11:10: Куплены у дистрибьютора?\nМарина, 11:12: нет, у другого CSP-партнёра',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Ticket 812 comments:\nOlivia (account manager), 09:05: They only want support for Microsoft 365.\nIan (lead), 09:20: Bought through a distributor?\nOlivia (account manager), 09:41: No, through an EA.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Chamado 812:\nOlga (gerente), 09:05: O cliente quer só suporte do Microsoft 365.\nIgor (líder), 09:20: Compraram por um distribuidor?\nOlga (gerente), 09:41: Não, por um EA.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});

describe('a no that names another option keeps the product the question took for granted', () => {
  checkKind([
    ['ru-RU', 'Оператор: Office 365 покупали напрямую у Microsoft?\nКлиент: нет, через Open Value', { channel: 'open', service: 'license' }],
    [
      'en-US',
      'Agent: did they buy the Office 365 licences directly from Microsoft?\nCustomer: no, through Open Value',
      { channel: 'open', service: 'license' },
    ],
    ['hu-HU', 'Ügyintéző: az Office 365-öt közvetlenül a Microsofttól vették?\nÜgyfél: nem, Open Value-n keresztül', { channel: 'open', service: 'license' }],
  ]);
});
