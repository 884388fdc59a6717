// Either/or in a call: an answer that repeats the words of one option the question named
// ("US government cloud or the commercial one?" – "gov one") takes that option. An answer that
// says both, under a doubt or with a negation ("not the gov one") leaves the question asked.
import { checkKind } from './kindCheck';

describe('either/or: an answer repeating one option takes it', () => {
  checkKind([
    ['en-US', 'Agent: is it the US government cloud or the commercial one?\nCustomer: gov one', { cloud: 'usgov' }],
    ['ru-RU', 'Оператор: вы хотите только поддержку или чтобы мы взяли на себя биллинг?\nКлиент: биллинг', { goal: 'move' }],
    ['zh-CN', '客服：您用的是美国政府云还是商业云？\n客户：政府的', { cloud: 'usgov' }],
    ['pt-BR', 'Atendente: querem que a gente dê suporte ou passar o faturamento?\nCliente: o faturamento', { goal: 'move' }],
    ['hu-HU', 'Ügyintéző: a globális Partner Centert használják vagy a US Government-et?\nÜgyfél: a globálisat', { cloud: 'global' }],
  ]);
});

describe('either/or: an answer repeating an option with a negation or a doubt takes nothing', () => {
  checkKind([
    ['en-US', 'Agent: is it the US government cloud or the commercial one?\nCustomer: not the gov one', {}, ['cloud']],
    ['en-US', 'Agent: did they buy it under an Enterprise Agreement or an Open License?\nCustomer: the Enterprise, I think they said', {}, ['channel']],
    ['ru-RU', 'Оператор: облако US Government или глобальное?\nКлиент: для госсектора, глобальное нет', {}, ['cloud']],
    ['zh-CN', '客服：您用的是美国政府云还是商业云？\n客户：不是政府的', {}, ['cloud']],
    ['pt-BR', 'Atendente: querem que a gente dê suporte ou passar o faturamento?\nCliente: o faturamento não', {}, ['goal']],
    ['hu-HU', 'Ügyintéző: támogatást kérnek, vagy átvegyük a számlázást?\nÜgyfél: a számlázást nem', {}, ['goal']],
  ]);
});

describe('either/or: an answer repeating words of both options takes nothing', () => {
  checkKind([['en-US', 'Agent: is it the US government cloud or the commercial cloud?\nCustomer: the cloud, sure', {}, ['cloud']]]);
});
