// A writer saying it does not know its own role ("not sure which partner type we are", «в какой
// роли мы», "不确定我们是什么角色", "não sei qual é o nosso papel", "milyen szerepben vagyunk") leaves
// the partner's type asked, whatever single role or supplier it names around; a role stated in a
// later sentence settles it.
import { checkKind } from './kindCheck';

describe('role: a writer not knowing its own role is asked', () => {
  checkKind([
    [
      'en-US',
      'We buy some things through Arrow, but honestly I am not sure which partner type we are for this account. Customer has Microsoft 365 E3 on an EA and wants us to take over the billing.',
      { channel: 'ea', service: 'license', goal: 'move' },
      ['partnerType'],
    ],
    [
      'ru-RU',
      'Закупаемся через Treolan, но я не знаю, в какой роли мы по этому заказчику. Клиент на EA, Microsoft 365 E3.',
      { channel: 'ea', service: 'license' },
      ['partnerType'],
    ],
    ['zh-CN', '不确定我们是什么角色。客户的 Microsoft 365 E3 是通过 EA 买的。', { channel: 'ea', service: 'license' }, ['partnerType']],
    ['pt-BR', 'Não sei qual é o nosso papel nesse cliente. Cliente tem Microsoft 365 E3 via EA.', { channel: 'ea', service: 'license' }, ['partnerType']],
    [
      'hu-HU',
      'Nem tudom, milyen szerepben vagyunk ennél az ügyfélnél. Az ügyfél Microsoft 365 E3-at EA-n veszi.',
      { channel: 'ea', service: 'license' },
      ['partnerType'],
    ],
    [
      'en-US',
      'Not sure which partner type we are, so I looked it up. Partner Center says we are direct bill. Customer has Microsoft 365 E3 on an EA.',
      { channel: 'ea', service: 'license', partnerType: 'direct' },
    ],
  ]);
});
