// Kind "question", what makes a quoted question one: a labelled question is a turn of its own
// only when it says something of the case (an answer, two options, a denial, a value under a
// doubt). Such a question is no answer, and the words after it answer it; a question that names
// nothing (small talk) stays part of the message, which is read as written.
import * as assert from 'assert';
import { QuestionId } from '../../src/domain/questions';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

describe('kind: question, small talk quoted between the facts names nothing and leaves the message whole', () => {
  // The note says EA; "not through Open" after the small talk denies only Open.
  checkKind([
    ['en-US', 'The customer bought Office 365 through EA.\nAgent: anything else?\nnot through Open', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Клиент купил Office 365 через EA.\nАгент: что-нибудь еще?\nне через Open', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户是通过EA买的Office 365。\n客服：还有别的吗？\n不是通过Open', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O cliente comprou Office 365 pelo EA.\nAtendente: mais alguma coisa?\nnão pelo Open', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfél EA-n keresztül vette az Office 365-öt.\nÜgyintéző: van még valami?\nnem Open-en keresztül', { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: question, an either/or quoted and answered with a bare no is still asked, naming both', () => {
  checkKind([
    ['en-US', 'Agent: did they buy it through EA or Open?\nno', {}, ['channel']],
    ['ru-RU', 'Агент: они покупали через EA или через Open?\nнет', {}, ['channel']],
    ['zh-CN', '客服：是通过EA买的，还是通过Open买的？\n不是', {}, ['channel']],
    ['pt-BR', 'Atendente: compraram pelo EA ou pelo Open?\nnão', {}, ['channel']],
    ['hu-HU', 'Ügyintéző: EA vagy Open?\nnem', {}, ['channel']],
  ]);
});

describe('kind: question, a value the question only guesses gives way to the answer after it', () => {
  checkKind([
    ['en-US', 'Agent: probably through EA?\nthrough Open', { channel: 'open' }],
    ['ru-RU', 'Агент: наверное через EA?\nчерез Open', { channel: 'open' }],
    ['zh-CN', '客服：应该是通过EA吧？\n通过Open', { channel: 'open' }],
    ['pt-BR', 'Atendente: provavelmente pelo EA?\npelo Open', { channel: 'open' }],
    ['hu-HU', 'Ügyintéző: talán EA-n keresztül?\nOpen-en keresztül', { channel: 'open' }],
  ]);
});

describe('kind: question, a question that only denies an option, left unanswered, denies nothing', () => {
  const cases: Array<[lang: string, text: string]> = [
    ['en-US', 'Agent: so not through EA?\nthe customer did not say'],
    ['ru-RU', 'Агент: значит, не через EA?\nклиент не сказал'],
    ['zh-CN', '客服：不是通过EA吗？\n客户没说'],
    ['pt-BR', 'Atendente: então não foi pelo EA?\no cliente não disse'],
    ['hu-HU', 'Ügyintéző: tehát nem EA-n keresztül?\naz ügyfél nem mondta'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text.replace(/\s+/g, ' ')}`, () => {
      const got = understand(text);
      const none: QuestionId[] = [];
      assert.deepStrictEqual(
        { answers: got.answers, conflicts: got.conflicts, negated: got.negated, hedged: got.hedged },
        { answers: {}, conflicts: none, negated: none, hedged: undefined },
      );
    });
  }
});
