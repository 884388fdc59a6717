// Kind "either/or", answered in a transcript with a yes or a no first: "US government cloud or the
// commercial cloud?" – "yes, the commercial one". The yes or no answers nothing of a question
// offering two options, but the words after it may repeat one option's own words, and then they
// take it, as the same words said without the yes do. Words of both, a negation or a doubt after
// the yes leave the question asked.
import { checkKind } from './kindCheck';

describe('kind: either/or, a yes or a no followed by the words of one option takes that option', () => {
  checkKind([
    ['zh-CN', '客服：是美国政府云还是商业云？\n客户：对，商业的', { cloud: 'global' }],
    ['pt-BR', 'Agente: é a nuvem do governo dos EUA ou a nuvem comercial?\nCliente: sim, a comercial', { cloud: 'global' }],
    ['hu-HU', 'Ügyintéző: amerikai kormányzati felhő vagy kereskedelmi felhő?\nÜgyfél: igen, a kereskedelmi', { cloud: 'global' }],
    ['pt-BR', 'Agente: só suporte ou passar o faturamento?\nCliente: não, passar', { goal: 'move' }],
    ['en-US', 'Agent: just support or move billing to us?\nCustomer: yeah, move', { goal: 'move' }],
    ['ru-RU', 'Агент: только поддержка или перевести биллинг к нам?\nКлиент: да, перевести', { goal: 'move' }],
  ]);
});

describe('kind: either/or, a yes or a no followed by a negation, a doubt or nothing leaves the question asked', () => {
  checkKind([
    ['zh-CN', '客服：是美国政府云还是商业云？\n客户：不，不是商业的', {}, ['cloud']],
    ['pt-BR', 'Agente: é a nuvem do governo dos EUA ou a nuvem comercial?\nCliente: sim', {}, ['cloud']],
    ['hu-HU', 'Ügyintéző: amerikai kormányzati felhő vagy kereskedelmi felhő?\nÜgyfél: igen, nem tudom, talán a kereskedelmi', {}, ['cloud']],
    ['hu-HU', 'Ügyintéző: amerikai kormányzati felhő vagy kereskedelmi felhő?\nÜgyfél: igen, talán a kereskedelmi', {}, ['cloud']],
    ['ru-RU', 'Агент: только поддержка или перевести биллинг к нам?\nКлиент: да, не знаю пока', {}, ['goal']],
  ]);
});
