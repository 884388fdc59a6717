// Kind "rambling": today's goal against one put off. A colleague who hears "for now just support,
// the move later" («а перенос потом», "迁移以后再考虑", "a migração fica pra depois", "az áthozatalt
// majd később") writes down support; a goal put off with no other goal told is still the goal.
// What was said at the start of the call is said under a doubt, as "at first they said" is.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: rambling, a goal put off till later gives way to the goal told for today', () => {
  checkKind([
    ['en-US', 'For now they just want support for their Office 365, the move later.', { service: 'license', goal: 'support' }],
    ['en-US', 'They just want us to support the Office 365 and revisit the move later on.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Пока им нужна только поддержка Office 365, а перенос потом.', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Office 365 要我们管理，订阅迁移以后再考虑。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Por enquanto só querem suporte no Office 365, a migração fica pra depois.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Egyelőre csak támogatást kérnek az Office 365-höz, az áthozatalt majd később.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: rambling, a goal put off with no other goal told is still the goal', () => {
  checkKind([
    ['en-US', 'They want to move the Office 365 subscriptions to us later this year.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Хотят перенести подписки Office 365 к нам позже.', { service: 'license', goal: 'move' }],
    ['zh-CN', '他们想把Office 365订阅迁到我们这边，以后再迁。', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem migrar as assinaturas do Office 365 pra gente mais tarde.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Office 365 előfizetéseket később akarják áthozni hozzánk.', { service: 'license', goal: 'move' }],
  ]);
});

describe('kind: rambling, two goals both put off stay a question', () => {
  checkKind([['en-US', 'Support later, the move later too, for the Office 365.', { service: 'license' }, ['goal']]]);
});

describe('kind: rambling, what was said at the start of the call is said under a doubt', () => {
  checkDoubted([
    ['en-US', 'At the start of the call they said it was EA.', {}, { channel: 'ea' }],
    ['ru-RU', 'В начале звонка говорили, что через EA.', {}, { channel: 'ea' }],
    ['zh-CN', '通话一开始他们说是通过EA买的。', {}, { channel: 'ea' }],
    ['pt-BR', 'No começo da call disseram que era EA.', {}, { channel: 'ea' }],
    ['hu-HU', 'A hívás elején azt mondták, hogy EA-n vették.', {}, { channel: 'ea' }],
  ]);
});

describe('kind: rambling, what was said at first gives way to a different answer told anywhere else', () => {
  checkKind([
    ['en-US', 'At first they said it was EA. The contract is Open Value.', { channel: 'open' }],
    ['ru-RU', 'Сначала говорили, что через EA. В договоре Open Value.', { channel: 'open' }],
    ['zh-CN', '一开始他们说是EA。合同上是Open Value。', { channel: 'open' }],
    ['pt-BR', 'No começo disseram que era EA. O contrato é Open Value.', { channel: 'open' }],
    ['hu-HU', 'Először azt mondták, hogy EA-n vették. A szerződés Open Value.', { channel: 'open' }],
    ['en-US', 'At the start of the call they said they want to move the Office 365 to us. Now they want support.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'В начале звонка говорили, что хотят перенести Office 365 к нам. Сейчас хотят поддержку.', { service: 'license', goal: 'support' }],
    ['zh-CN', '通话一开始他们说想迁移订阅。现在想要我们支持Office 365。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'No começo da call disseram que querem migrar o Office 365 pra gente. Agora querem suporte.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'A hívás elején azt mondták, hogy át akarják hozni hozzánk az Office 365-öt. Most támogatást kérnek.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: rambling, what was said at first, and only what follows those words in their sentence, is background', () => {
  checkKind([
    ['en-US', 'Office 365 through EA. At first they said they want to move. Now they want support.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['en-US', 'They want to move, at first they said. Now they want support.', {}, ['goal']],
  ]);
});

describe('kind: rambling, the words that put a goal off count only right after it', () => {
  checkKind([
    // A later word before a goal puts nothing off: "later in the day" is not about support.
    ['en-US', 'We spoke later in the day: they want support for the Office 365, and the move later.', { service: 'license', goal: 'support' }],
    // Another later word far from the goal does not undo the one right after it.
    ['en-US', 'For now support for the Office 365, the move later. We talk again later this week.', { service: 'license', goal: 'support' }],
    // Only goals are put off: a channel said with "later" beside them is still told.
    ['en-US', 'They want support for the Office 365 now and the move later. Open Value now, EA later.', { service: 'license', goal: 'support' }, ['channel']],
  ]);
});

describe('kind: rambling, a goal said at first is no wish that outweighs the goal told now', () => {
  checkKind([['en-US', 'Office 365. At first they said they want to move it. Now support only.', { service: 'license', goal: 'support' }]]);
});

describe('kind: rambling, what was said at first reaches the end of the message and a word right after it', () => {
  checkKind([
    ['en-US', 'The contract is Open Value. At first they said EA', { channel: 'open' }],
    ['zh-CN', '合同上是Open Value。一开始他们说EA。', { channel: 'open' }],
    ['zh-CN', '现在想要我们支持Office 365。一开始他们说想迁移。', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: rambling, the words of a goal put off are not the evidence of the same goal told for today', () => {
  it('en-US: "may migrate it later; for now they want to move": the evidence is "move"', () => {
    const got = understand('They may migrate it later; for now they want to move the Office 365 to us.');
    assert.deepStrictEqual({ goal: got.answers.goal, words: got.evidence.goal }, { goal: 'move', words: 'move' });
  });
});

describe('kind: rambling, what was said at first ends with its sentence, even right after the words (Chinese has no space before "。")', () => {
  checkKind([['zh-CN', '合同上是Open Value。一开始他们说。后来发现是EA。', { channel: 'ea' }]]);
});
