// Which of two goals a message wants (src/domain/understanding/desire.ts): a word of wanting
// reaches the goals after it in its own sentence only, goals offered as options stay a question,
// and only what was said since the last correction is weighed. Each case was checked against the
// rule broken by hand (the sentence's start not found, a word of wanting opening it not counted, the options' span
// reversed or not looked at, a word of wanting right against the goal not counted, the
// correction ignored, goals made background when none after the correction is wanted): each fails.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

describe('a word of wanting reaches the goals after it in its own sentence, not the next one', () => {
  checkKind([
    // "moved" is story: the wanting is in the sentence before it.
    ['en-US', 'What they want is support. Last year they moved offices.', { goal: 'support' }],
    // The word of wanting opens the message: the sentence starts with it, and it counts.
    ['en-US', 'Want support. They moved offices last year.', { goal: 'support' }],
    // Chinese writes the word of wanting against the goal, with no space: it still comes before it.
    ['zh-CN', '客户去年迁移过办公室。现在需要支持。', { goal: 'support' }],
  ]);
});

describe('goals offered as options ("support, or move them?") stay a question', () => {
  checkKind([['en-US', 'They want support. Or maybe move them?', {}, ['goal']]]);
});

describe('only the goals said since the last correction are weighed', () => {
  checkKind([['en-US', 'They want us to move them. No, actually just support.', { goal: 'support' }]]);
});

describe('a goal taken back stays taken back when nothing said after the correction is wanted', () => {
  it('en-US: "They want to move them. No, actually support them, we moved offices last year." never answers move', () => {
    // Neither goal after the "no" follows a word of wanting: none of them is made background, so
    // the wanted "move" before the correction does not come back as the only goal stated.
    const got = understand('They want to move them. No, actually support them, we moved offices last year.');
    assert.notStrictEqual(got.answers.goal, 'move');
  });
});
