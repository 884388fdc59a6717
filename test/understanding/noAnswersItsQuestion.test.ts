// Kind "no answers its question": a "no" after a question mark says no to the answer the question
// names, even when a few more words of the question stand after it ("Was it through Open Value?
// No", «Через Open покупали? Нет», «是通过 Open 买的吗？不是»), up to four words (two Chinese
// characters to a word) that name no other answer, in the same sentence.
import { Answers, QuestionId } from '../../src/domain/questions';
import { checkRead } from './kindCheck';

/** The answers and the questions said no to (nothing left open, nothing doubted). */
function checkNo(cases: ReadonlyArray<[lang: string, text: string, answers: Answers, negated: QuestionId[]]>): void {
  checkRead(cases.map(([lang, text, answers, negated]) => [lang, text, answers, { negated }]));
}

describe('kind: no answers its question, across the words after the answer it names', () => {
  checkNo([
    ['en-US', 'They bought Office 365. Was it through Open Value? No.', { service: 'license' }, ['channel']],
    ['ru-RU', 'Купили Office 365. Через Open покупали? Нет.', { service: 'license' }, ['channel']],
    ['zh-CN', '客户买的是 Office 365，是通过 Open 买的吗？不是。', { service: 'license' }, ['channel']],
    ['zh-CN', '客户买的是 Office 365，是通过 Open 买的吗？不是，他们什么时候开始我也不确定。', { service: 'license' }, ['channel']],
    ['pt-BR', 'Compraram Office 365. Foi pelo Open Value? Não.', { service: 'license' }, ['channel']],
    ['hu-HU', 'Office 365-öt vettek. Open Value-n keresztül vették? Nem.', { service: 'license' }, ['channel']],
    // Four words still stand in the question.
    ['en-US', 'Did they buy it through Open for all their users? No.', {}, ['channel']],
  ]);
});

describe('kind: no answers its question, not the answer before another one it names', () => {
  checkNo([
    ['en-US', 'Did they buy Office 365 through Open? No.', { service: 'license' }, ['channel']],
    // Written against each other, no space between.
    ['zh-CN', 'Office 365 通过 Open 买的吗？不是。', { service: 'license' }, ['channel']],
  ]);
});

describe('kind: no answers its question, not an answer in an earlier sentence or far before it', () => {
  checkNo([
    ['en-US', 'They bought Office 365 through Open. Recently? No.', { channel: 'open', service: 'license' }, []],
    ['en-US', 'They bought through Open and will they renew it? No.', { channel: 'open' }, []],
  ]);
});
