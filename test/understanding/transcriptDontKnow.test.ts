// Kind "transcript": "I don't know" said alone as the reply to a question of the call, with no
// yes or no, answers nothing: the question is still asked, naming the option it offered, in
// every language alike.
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
