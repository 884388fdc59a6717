// The customer's word confirmed in writing corrects another party only for today: a confirmed
// past provider or channel ("confirmed by email that their former provider was another CSP") is
// a channel replaced since, so it states none and the channel said for today stands.
import { checkKind } from './kindCheck';

describe('a written confirmation of the past states no channel', () => {
  checkKind([
    [
      'en-US',
      'Per the account team the Project seats sit on an EA. The client confirmed by email that their former provider was another CSP.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'en-US',
      'The Visio licences are on Open Value; the customer confirmed in writing that they used to be on an EA.',
      { channel: 'open', service: 'license' },
    ],
    [
      'en-US',
      'Per the account team the Project seats sit on an EA, but the client confirmed by email that they buy them from another CSP.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['en-US', 'Per the account team the Project seats sit on an EA. Their former provider was another CSP.', { service: 'license' }, ['channel']],
    ['pt-BR', 'O Project está num EA. O cliente confirmou por e-mail que o parceiro anterior era outro CSP.', { channel: 'ea', service: 'license' }],
    [
      'pt-BR',
      'O comercial acha que o Project está num EA, mas o cliente confirmou por e-mail que compra de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'Project у них по EA. Клиент письменно подтвердил, что раньше они покупали у другого CSP-партнера.', { channel: 'ea', service: 'license' }],
    [
      'ru-RU',
      'Менеджер думает, что Project у них по EA, но клиент письменно подтвердил, что покупает у другого CSP-партнера.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['zh-CN', 'Project 走的是 EA。客户书面确认以前是从另一家 CSP 买的。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '销售以为 Project 走的是 EA，不过客户书面确认是从另一家 CSP 买的。', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'A Project EA-n van. Az ügyfél e-mailben megerősítette, hogy korábban egy másik CSP partnertől vásárolt.', { channel: 'ea', service: 'license' }],
    [
      'hu-HU',
      'Az értékesítő szerint a Project EA-n van, az ügyfél viszont e-mailben megerősítette, hogy egy másik CSP partnertől vásárol.',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});
