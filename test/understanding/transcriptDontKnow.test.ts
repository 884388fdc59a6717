// Kind "transcript": "I don't know" said alone as the reply to a question of the call, with no
// yes or no, answers nothing: the question is still asked, naming the option it offered, in
// every language alike.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkDoubted } from './kindCheck';

describe("kind: transcript, an 'I don't know' alone leaves the question asked", () => {
  checkDoubted([
    ['en-US', "Agent: did they buy through EA?\nCustomer: I don't know", {}, { channel: 'ea' }],
    ['ru-RU', 'Агент: покупали через EA?\nКлиент: не знаю', {}, { channel: 'ea' }],
    ['zh-CN', '客服：是通过EA买的吗？\n客户：不知道', {}, { channel: 'ea' }],
    ['pt-BR', 'Atendente: compraram pelo EA?\nCliente: não sei', {}, { channel: 'ea' }],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\nÜgyfél: nem tudom', {}, { channel: 'ea' }],
  ]);
  checkDoubted([['ru-RU', 'Агент: покупали через EA?\nКлиент: не знаю, вроде через Open', {}, { channel: 'open' }]]);
});

describe("kind: transcript, an 'I don't know' beside words of its own leaves the question asked", () => {
  for (const [lang, text] of [
    ['en-US', "Agent: did they buy through EA?\nCustomer: I don't know, but they want us to take over billing"],
    ['ru-RU', 'Агент: покупали через EA?\nКлиент: не знаю, но хотят перенести подписки к нам'],
    ['zh-CN', '客服：是通过EA买的吗？\n客户：不知道，不过他们想把订阅迁移到我们这里'],
    ['pt-BR', 'Atendente: compraram pelo EA?\nCliente: não sei, mas querem migrar as assinaturas pra vocês'],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\nÜgyfél: nem tudom, de át akarják hozni hozzánk az előfizetéseket'],
  ] as const) {
    it(`${lang}: the channel is not answered and is asked naming EA`, () => {
      const got = understand(text);
      assert.deepStrictEqual({ channel: got.answers.channel, hedged: got.hedged?.channel }, { channel: undefined, hedged: 'ea' });
    });
  }
});
