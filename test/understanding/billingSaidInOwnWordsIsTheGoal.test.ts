// Who the customer will pay, said in the speaker's own words, is the goal: us becoming the one on
// (or issuing) the invoice, or taking them over whole with the billing listed, is a move; the
// billing left where it is, or whom they pay left unchanged, is support. A bill we only read is neither.
import { checkKind } from './kindCheck';

describe('the goal as who the customer pays, in own words', () => {
  checkKind([
    ['en-US', 'The school wants us to become the name on their invoice after the summer.', { goal: 'move' }],
    ['pt-BR', 'A clínica pediu que a gente vire quem fatura as licenças, a partir de julho.', { goal: 'move', service: 'license' }],
    ['pt-BR', 'O escritório quer que a gente assuma a operação inteira, faturamento, usuários, tudo.', { goal: 'move' }],
    ['ru-RU', 'Фабрика просит, чтобы мы забрали её полностью, со всеми счетами.', { goal: 'move' }],
    ['hu-HU', 'A nyomda azt kéri, hogy egészen vegyük át őket, előfizetésekkel együtt.', { goal: 'move' }],
    ['pt-BR', 'A diretora prefere deixar a cobrança como está; nós cuidamos só das senhas e dos usuários.', { goal: 'support' }],
    ['ru-RU', 'Счета пусть остаются там, где сейчас, от нас нужна только админка.', { goal: 'support' }],
    ['hu-HU', 'Azt mondták, nem akarják lecserélni, kinek fizetnek; csak felügyeletet kérnek.', { goal: 'support' }],
    // Near misses: a bill only looked at, or a question about who bills, states no goal.
    ['en-US', 'Can you check the name on the invoice they got last month?', {}],
    ['pt-BR', 'A gente só conferiu quem emite a nota hoje.', {}],
  ]);
});
