// Where a doubt's reach ends, in src/domain/understanding/negation.ts, with the words written
// straight on to each other as Chinese writes them (no space: "不确定而是我们…", "也许25个"): a
// joining word right after the doubt, with a subject right after it, ends the doubt; a joining word
// right before the doubt, between it and the answer before, makes it open the next clause; a doubt
// on a count ends at its comma unless an answer stands between (a doubt word inside a mention's
// own words, "不可能", is no answer standing after the doubt). The doubt words, joining words,
// subjects and mentions are written out by hand, the lexicon made inside each test.
import * as assert from 'assert';
import { doubted } from './doubted';

describe('negation rules: a doubt ends before a joining word and a new subject', () => {
  it('written straight on to the doubt, the subject straight on to it', () => {
    assert.deepStrictEqual(doubted('maybeandwe move', { hedges: 'maybe', and: 'and', self: 'we' }, ['move']), []);
  });
  it('the subject after a space', () => {
    assert.deepStrictEqual(doubted('maybe and we move', { hedges: 'maybe', and: 'and', self: 'we' }, ['move']), []);
  });
  it('with a subject right after the joining word, whatever other subject follows later', () => {
    assert.deepStrictEqual(doubted('maybe and we move , we', { hedges: 'maybe', and: 'and', self: 'we' }, ['move']), []);
  });
  it('not when the subject is further on: the doubt reaches the answer', () => {
    assert.deepStrictEqual(doubted('maybe and move we', { hedges: 'maybe', and: 'and', self: 'we' }, ['move']), ['move']);
  });
});

describe('negation rules: a doubt after its answer, a joining word written straight on to it', () => {
  it('the joining word still stands between the answer and the doubt: the doubt opens the next clause', () => {
    assert.deepStrictEqual(doubted('move xandguess , y', { hedgesAfter: 'guess', and: 'and' }, ['move']), []);
  });
});

describe('negation rules: a doubt on a count', () => {
  it('a mention whose own words end with the doubt word is no answer inside the count', () => {
    assert.deepStrictEqual(doubted('不可能 20 , move', { hedges: '可能' }, ['不可能', 'move']), []);
  });
});
