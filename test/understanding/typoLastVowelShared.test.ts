// The vowel of the last syllable put back, when two lexicon words fit: a word of the message's
// language settles it even when another language's lexicon has the same word too (a small
// dictionary written for the test).
import * as assert from 'assert';
import { lastVowelDropped } from '../../src/domain/understanding/hurried';
import { buildDictionary } from '../../src/domain/understanding/tolerance';

describe('typo rules: the vowel of the last syllable, a word two languages share', () => {
  it("a candidate of the message's language counts though another language has it as well", () => {
    const dictionary = buildDictionary([
      ['en-US', ['fooobar%']],
      ['pt-BR', ['fooobar%', 'fooobir%']],
    ]);
    assert.equal(
      lastVowelDropped('fooobr', dictionary, () => new Set(['en-US'])),
      'fooobar',
    );
  });
});
