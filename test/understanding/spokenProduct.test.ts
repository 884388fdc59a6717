// A product the agent names in a question about something else ("where did they buy Office
// 365?") is the customer's product: the answer says where, and the service stays read. A
// question about the product alone ("Office 365?") answered by nothing states nothing.
import { checkKind } from './kindCheck';

describe('spoken: a product named in a question about something else', () => {
  checkKind([
    ['en-US', 'Agent: where did they buy the Office 365 licences?\nCustomer: through an EA', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Оператор: где покупали Azure?\nКлиент: у другого CSP-партнёра', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '客服：Office 365是从哪里买的？\n客户：通过EA', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Atendente: o Azure foi comprado de quem?\nCliente: direto da Microsoft', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Ügyintéző: honnan vették a Dynamics 365 licenceket?\nÜgyfél: EA-n keresztül', { channel: 'ea', service: 'license' }],
  ]);
});

describe('spoken: a product named beside an either/or about the goal', () => {
  checkKind([
    [
      'en-US',
      'Agent: for the Office 365, do you want us to take over billing or just support it?\nCustomer: hmm, could be either',
      { service: 'license' },
      ['goal'],
    ],
    ['ru-RU', 'Оператор: по Office 365 вы хотите перевести к нам или только поддержку?\nКлиент: пока не решили', { service: 'license' }, ['goal']],
    ['zh-CN', '客服：Office 365您是想让我们接管账单还是只做日常维护？\n客户：还没定', { service: 'license' }, ['goal']],
    [
      'pt-BR',
      'Atendente: sobre o Office 365, querem passar o faturamento pra gente ou só suporte?\nCliente: ainda não decidimos',
      { service: 'license' },
      ['goal'],
    ],
    [
      'hu-HU',
      'Ügyintéző: az Office 365-öt át szeretnék hozni hozzánk, vagy csak támogatást kérnek?\nÜgyfél: még nem döntöttük el',
      { service: 'license' },
      ['goal'],
    ],
  ]);
});

describe('spoken: a question about the product alone, not answered, states nothing', () => {
  checkKind([
    ['en-US', 'Agent: is it Office 365?\nCustomer: let me check with IT', {}],
    ['ru-RU', 'Оператор: это Azure?\nКлиент: надо уточнить у бухгалтерии', {}],
    ['zh-CN', '客服：是Azure吗？\n客户：我得问一下同事', {}],
    ['pt-BR', 'Atendente: é Azure?\nCliente: vou confirmar com a TI', {}],
    ['hu-HU', 'Ügyintéző: Azure-ról van szó?\nÜgyfél: utánanézek', {}],
  ]);
});
