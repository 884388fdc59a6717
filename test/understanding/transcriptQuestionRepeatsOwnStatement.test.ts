// A call's last turn that states the case and then asks about it, no answer after it ("Agent: The
// customer runs Azure under an EA. How do we take over their Azure?"): the product the question
// names again is the one just stated, no doubt on it, so it stays answered. A question naming
// what the turn did not state only asks it. Written for these tests.
import { checkRead } from './kindCheck';

describe('transcript: a question left unanswered repeats what its own turn stated', () => {
  checkRead([
    ['en-US', 'Partner: Hi.\nAgent: The customer runs Azure under an EA. How do we take over their Azure?', { channel: 'ea', service: 'usage' }, {}],
    ['ru-RU', 'Партнер: Добрый день.\nАгент: У клиента Azure по EA. Как нам забрать их Azure?', { channel: 'ea', service: 'usage' }, {}],
    ['pt-BR', 'Parceiro: Bom dia.\nAgente: O cliente tem Azure via EA. Como assumimos o Azure deles?', { channel: 'ea', service: 'usage' }, {}],
    [
      'hu-HU',
      'Partner: Jó napot.\nÜgynök: Az ügyfél Azure-t használ EA-n keresztül. Hogyan vehetjük át az Azure-jukat?',
      { channel: 'ea', service: 'usage' },
      {},
    ],
    ['zh-CN', '伙伴：你好。\n客服：客户通过EA用Azure。我们怎么接手他们的Azure？', { channel: 'ea', service: 'usage' }, {}],
    ['en-US', 'Partner: Hi.\nAgent: The customer runs Azure. Are they on an EA?', { service: 'usage' }, { hedged: { channel: 'ea' } }],
    ['ru-RU', 'Партнер: Добрый день.\nАгент: У клиента Azure. Они на EA?', { service: 'usage' }, { hedged: { channel: 'ea' } }],
  ]);
});
