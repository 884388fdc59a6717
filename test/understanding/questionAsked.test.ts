// Kind "question": a question quoted from the call, on a line a speaker's label opens, is no
// answer. Unanswered it sets nothing; a yes after it, or words of their own, still answer it.
import { checkKind } from './kindCheck';

describe('kind: question, a labelled question nobody answers states nothing', () => {
  checkKind([
    ['en-US', 'Agent: did they buy Office 365 through EA?\nthe customer did not say', {}],
    ['ru-RU', 'Агент: они покупали через EA?\nклиент не сказал', {}],
    ['zh-CN', '客服：他们是通过EA买的吗？\n客户没说', {}],
    ['pt-BR', 'Atendente: eles compraram pelo EA?\no cliente não disse', {}],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\naz ügyfél nem mondta', {}],
  ]);
});

describe('kind: question, a labelled question answered after it reads the answer', () => {
  checkKind([
    ['en-US', 'Agent: did they buy it through EA?\nyes, and they want us to take over billing', { channel: 'ea', goal: 'move' }],
    ['ru-RU', 'Агент: покупали через EA?\nнет, через Open', { channel: 'open' }],
    ['zh-CN', '客服：是通过EA买的吗？是的', { channel: 'ea' }],
    ['pt-BR', 'Atendente: compraram pelo EA? sim', { channel: 'ea' }],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\nigen', { channel: 'ea' }],
  ]);
});

describe("kind: question, a question without a label is the partner's own and read as written", () => {
  checkKind([
    ['en-US', 'is it EA? yes', { channel: 'ea' }],
    ['ru-RU', 'это EA? да', { channel: 'ea' }],
    ['zh-CN', '是EA吗？是的', { channel: 'ea' }],
    ['pt-BR', 'é EA? sim', { channel: 'ea' }],
    ['hu-HU', 'EA-n keresztül vették? igen', { channel: 'ea' }],
    ['en-US', 'Can we become partner of record on their MPSA?', { channel: 'open', goal: 'move' }],
  ]);
});

describe('kind: question, a labelled question asked without its mark is a question too', () => {
  checkKind([
    ['en-US', 'Agent: did they buy Office 365 through EA\nthe customer did not say', {}],
    ['ru-RU', 'Агент: покупали ли они через EA\nклиент не сказал', {}],
    ['zh-CN', '客服：他们是通过EA买的吗\n客户没说', {}],
    ['pt-BR', 'Atendente: será que compraram pelo EA\no cliente não disse', {}],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették-e\naz ügyfél nem mondta', {}],
    ['en-US', 'Agent: did they buy it through EA\nCustomer: yes', { channel: 'ea' }],
  ]);
});
