// Rules of the vowel left out of a long word's last syllable, on small dictionaries written for
// the test: how long the word must be, where the vowel may be missing, and which language settles
// two candidates.
import * as assert from 'assert';
import { lastVowelDropped } from '../../src/domain/understanding/hurried';
import { buildDictionary } from '../../src/domain/understanding/tolerance';

const any = (): ReadonlySet<string> => new Set<string>();

describe('typo rules: the vowel of the last syllable put back', () => {
  const dictionary = buildDictionary([
    ['en-US', ['transfer%', 'parter%', 'kapppea%', 'kappaer%']],
    ['pt-BR', ['fooobar%']],
    ['hu-HU', ['fooobir%']],
  ]);

  it('puts back the one vowel that makes a lexicon word', () => {
    assert.equal(lastVowelDropped('transfr', dictionary, any), 'transfer');
  });

  it('leaves a word of five letters, one ending in a vowel, and one whose last syllable has its vowel', () => {
    assert.equal(lastVowelDropped('partr', dictionary, any), undefined);
    assert.equal(lastVowelDropped('kapppa', dictionary, any), undefined);
    assert.equal(lastVowelDropped('kappar', dictionary, any), undefined);
    assert.equal(lastVowelDropped('qwrtyz', dictionary, any), undefined);
  });

  it("settles two candidates by the message's language, and gives none when it cannot", () => {
    assert.equal(
      lastVowelDropped('fooobr', dictionary, () => new Set(['pt-BR'])),
      'fooobar',
    );
    assert.equal(
      lastVowelDropped('fooobr', dictionary, () => new Set(['hu-HU'])),
      'fooobir',
    );
    assert.equal(
      lastVowelDropped('fooobr', dictionary, () => new Set(['pt-BR', 'hu-HU'])),
      undefined,
    );
    assert.equal(
      lastVowelDropped('fooobr', dictionary, () => new Set(['en-US'])),
      undefined,
    );
  });
});
