// Kind "doubt after a question", its bounds (src/domain/understanding/negation.ts, doubtAnswers):
// a "no" after a question mark opens a doubt instead of saying no only when the doubt begins
// with it or at most a word after it, and names no answer after it in its sentence. A negation
// that answers no question, a doubt inside the question, one further on or one that goes on to
// name the answer leave the "no" a no.
import { checkRead } from './kindCheck';

describe('kind: doubt after a question, a negation that answers no question stays a negation', () => {
  checkRead([
    ['en-US', 'Their EA has expired, not sure when.', {}, { negated: ['channel'] }],
    ['ru-RU', 'Их EA уже истёк, не знаю когда.', {}, { negated: ['channel'] }],
    ['zh-CN', '他们的 EA 已经到期了，不确定是什么时候。', {}, { negated: ['channel'] }],
    ['pt-BR', 'O EA deles já expirou, não sei quando.', {}, { negated: ['channel'] }],
    ['hu-HU', 'Az EA-juk lejárt, nem tudom, mikor.', {}, { negated: ['channel'] }],
    // A question later in the message is not the one the negation follows.
    ['en-US', 'Their EA has expired, not sure when. Is that a problem?', {}, { negated: ['channel'] }],
    ['ru-RU', 'Их EA уже истёк, не знаю когда. Это проблема?', {}, { negated: ['channel'] }],
    ['zh-CN', '他们的 EA 已经到期了，不确定是什么时候。这有问题吗？', {}, { negated: ['channel'] }],
    ['pt-BR', 'O EA deles já expirou, não sei quando. Isso é um problema?', {}, { negated: ['channel'] }],
    ['hu-HU', 'Az EA-juk lejárt, nem tudom, mikor. Ez gond?', {}, { negated: ['channel'] }],
  ]);
});

describe('kind: doubt after a question, a doubt inside the question is not opened by the "no"', () => {
  checkRead([
    ['en-US', 'Do they want to migrate everything maybe? No.', {}, { negated: ['goal'] }],
    ['en-US', 'They want to move the subscriptions to us probably? No.', {}, { negated: ['goal'] }],
    ['ru-RU', 'Хотят перенести подписки к нам наверное? Нет.', {}, { negated: ['goal'] }],
    ['pt-BR', 'Querem migrar as assinaturas talvez? Não.', {}, { negated: ['goal'] }],
    ['hu-HU', 'Át akarják hozni hozzánk az előfizetéseket talán? Nem.', {}, { negated: ['goal'] }],
  ]);
});

describe('kind: doubt after a question, a doubt further on in the sentence leaves the "no"', () => {
  checkRead([
    ['en-US', "Was it through Open? No, and honestly I'm not sure when they start.", {}, { negated: ['channel'] }],
    ['ru-RU', 'Через Open? Нет, а когда начнут, я не знаю.', {}, { negated: ['channel'] }],
    ['pt-BR', 'Foi pelo Open? Não, e ainda não sei quando começam.', {}, { negated: ['channel'] }],
    ['hu-HU', 'Openen? Nem, és hogy mikor kezdenek, azt nem tudom.', {}, { negated: ['channel'] }],
  ]);
});

describe('kind: doubt after a question, a doubt right after the "no", a word on or without a comma', () => {
  checkRead([
    ['en-US', "They bought it through EA. Or through Open? No I'm not sure.", {}, { conflicts: ['channel'] }],
    ['ru-RU', 'Купили через EA. Или через Open? Нет не помню.', {}, { conflicts: ['channel'] }],
    ['en-US', 'They bought it through EA. Or through Open? No, honestly not sure.', {}, { conflicts: ['channel'] }],
    ['ru-RU', 'Купили через EA. Или через Open? Нет, честно не помню.', {}, { conflicts: ['channel'] }],
    ['pt-BR', 'Compraram pelo EA. Ou foi pelo Open? Não, sinceramente não sei.', {}, { conflicts: ['channel'] }],
    ['hu-HU', 'EA-n vették. Vagy Openen? Nem, őszintén nem tudom.', {}, { conflicts: ['channel'] }],
  ]);
});

describe('kind: doubt after a question, a doubt that goes on to name the answer leaves the "no"', () => {
  checkRead([
    ['en-US', 'They bought Office 365. Through Open? Nope, probably EA.', { service: 'license' }, { hedged: { channel: 'ea' }, negated: ['channel'] }],
    ['ru-RU', 'Купили Office 365. Через Open? Нет, наверное через EA.', { service: 'license' }, { hedged: { channel: 'ea' }, negated: ['channel'] }],
    // Written against the doubt, no space between.
    ['zh-CN', '客户买的是 Office 365，通过 Open？不是，可能是企业协议。', { service: 'license' }, { hedged: { channel: 'ea' }, negated: ['channel'] }],
    ['pt-BR', 'Compraram Office 365. Foi pelo Open? Não, provavelmente pelo EA.', { service: 'license' }, { hedged: { channel: 'ea' }, negated: ['channel'] }],
    ['hu-HU', 'Office 365-öt vettek. Openen? Nem, talán EA-n.', { service: 'license' }, { hedged: { channel: 'ea' }, negated: ['channel'] }],
  ]);
});

describe('kind: doubt after a question, an answer in the next sentence is not named by the doubt', () => {
  checkRead([
    [
      'en-US',
      'They bought Office 365 through EA. Or through Open? No idea. They want support.',
      { service: 'license', goal: 'support' },
      { conflicts: ['channel'] },
    ],
    [
      'ru-RU',
      'Купили Office 365 через EA. Или через Open? Нет, не помню. Хотят поддержку.',
      { service: 'license', goal: 'support' },
      { conflicts: ['channel'] },
    ],
    [
      'zh-CN',
      '客户是通过 EA 买的 Office 365，还是通过 Open Value？不是，我记不清了。他们想要支持。',
      { service: 'license', goal: 'support' },
      { conflicts: ['channel'] },
    ],
    ['pt-BR', 'Compraram Office 365 pelo EA. Ou foi pelo Open? Não sei. Querem suporte.', { service: 'license', goal: 'support' }, { conflicts: ['channel'] }],
    ['hu-HU', 'Az Office 365-öt EA-n vették. Vagy Openen? Nem tudom. Támogatást kérnek.', { service: 'license', goal: 'support' }, { conflicts: ['channel'] }],
  ]);
});

describe('kind: doubt after a question, the question mark written against a Chinese answer', () => {
  checkRead([
    ['zh-CN', '客户是通过 EA 买的 Office 365，还是通过开放许可？不是，我记不清了。', { service: 'license' }, { conflicts: ['channel'] }],
    ['zh-CN', '客户是通过 EA 买的 Office 365，还是开放许可？不是，我记不清了。', { service: 'license' }, { conflicts: ['channel'] }],
  ]);
});
