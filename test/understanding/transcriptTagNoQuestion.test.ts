// Kind "call-transcript": a statement ending in a tag ("…, you know?", "…, sabe?", «…, да?",
// "…，对吧？", "…, ugye?") states what it says; its question mark asks nothing, so a reply that
// only acknowledges it ("sure", "tranquilo") leaves it standing. Said to the other speaker it is
// still answered by their yes or no, or doubted by their doubt, as a question is.
import { checkRead } from './kindCheck';

describe('kind: call-transcript, a statement ending in a tag is no question', () => {
  checkRead([
    [
      'en-US',
      'Agent: What do they want?\nCustomer: We want you to take over the billing for our Office 365, you know?\nAgent: Sure, noted.',
      { service: 'license', goal: 'move' },
      {},
    ],
    ['en-US', "Agent: And we're a reseller buying through a distributor, okay?\nCustomer: Fine by me.", { partnerType: 'indirectReseller' }, {}],
    [
      'pt-BR',
      'Atendente: E qual é a ideia?\nCliente: A ideia é passar o faturamento do Office 365 pra vocês, sabe?\nAtendente: Entendi.',
      { service: 'license', goal: 'move' },
      {},
    ],
    ['pt-BR', 'Atendente: Só pra registrar, a gente é revenda e compra via distribuidor, tá?\nCliente: Tranquilo.', { partnerType: 'indirectReseller' }, {}],
    [
      'ru-RU',
      'Оператор: Что вы хотите?\nКлиент: Хотим перевести биллинг Office 365 к вам, понимаете?\nОператор: Понял.',
      { service: 'license', goal: 'move' },
      {},
    ],
    ['ru-RU', 'Клиент: Office 365 мы покупали через EA, так?\nОператор: Понял, записал.', { channel: 'ea', service: 'license' }, {}],
    ['zh-CN', '客服：您这边想怎么处理？\n客户：我们想把Office 365的账单转到你们这边，你知道吧？\n客服：明白。', { service: 'license', goal: 'move' }, {}],
    ['zh-CN', '客户：我们的Office 365是通过EA买的，对吧？\n客服：好的，记下了。', { channel: 'ea', service: 'license' }, {}],
    [
      'hu-HU',
      'Ügyintéző: Mit szeretnének?\nÜgyfél: Az Office 365 számlázását szeretnénk átvinni önökhöz, tudod?\nÜgyintéző: Értem.',
      { service: 'license', goal: 'move' },
      {},
    ],
    ['hu-HU', 'Ügyfél: Az Office 365-öt EA-n keresztül vettük, ugye?\nÜgyintéző: Rendben, felírtam.', { channel: 'ea', service: 'license' }, {}],
    ['en-US', 'Customer: we bought it through an EA, right?', { channel: 'ea' }, {}],
    ['pt-BR', 'Cliente: a gente comprou pelo EA, né?', { channel: 'ea' }, {}],
  ]);
});

describe('kind: call-transcript, a tag said to the other speaker is answered by their yes, no or doubt', () => {
  checkRead([
    ['en-US', "Agent: So you're on an EA, right?\nCustomer: Yes.", { channel: 'ea' }, {}],
    ['en-US', "Agent: So you're on an EA, right?\nCustomer: No.", {}, { negated: ['channel'] }],
    ['en-US', "Agent: So you're on an EA, right?\nCustomer: Not sure, I'd have to check.", {}, { hedged: { channel: 'ea' } }],
    ['pt-BR', 'Atendente: Vocês compraram pelo EA, né?\nCliente: Não.', {}, { negated: ['channel'] }],
    ['ru-RU', 'Оператор: Вы покупали через EA, да?\nКлиент: Нет.', {}, { negated: ['channel'] }],
    ['zh-CN', '客服：你们是通过EA买的，对吧？\n客户：不是。', {}, { negated: ['channel'] }],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették, igaz?\nÜgyfél: Nem tudom.', {}, { hedged: { channel: 'ea' } }],
  ]);
});
