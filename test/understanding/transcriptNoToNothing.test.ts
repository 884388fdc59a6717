// Kind "transcript": a "no" to a question that names nothing of the case ("Anything else?" – "No")
// turns nothing down: the answers said before it stand (src/domain/understanding/transcript.ts).
import { checkKind } from './kindCheck';

describe('kind: transcript, a no to a question that names nothing leaves what was said', () => {
  checkKind([
    [
      'en-US',
      'Agent: Where did they buy Office 365?\nCustomer: Through EA.\nAgent: Is there anything else?\nCustomer: No, that is all.',
      { channel: 'ea', service: 'license' },
    ],
    ['ru-RU', 'Агент: Где они купили Office 365?\nКлиент: Через EA.\nАгент: Что-нибудь ещё?\nКлиент: Нет, это всё.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客服：Office 365 是在哪里买的？\n客户：通过 EA。\n客服：还有别的吗？\n客户：没有了。', { channel: 'ea', service: 'license' }],
    [
      'pt-BR',
      'Atendente: Onde compraram o Office 365?\nCliente: Pelo EA.\nAtendente: Mais alguma coisa?\nCliente: Não, é isso.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'hu-HU',
      'Ügyintéző: Hol vették az Office 365-öt?\nÜgyfél: EA-n keresztül.\nÜgyintéző: Van még valami?\nÜgyfél: Nincs, ennyi.',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
