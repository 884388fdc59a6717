// The typo tolerance takes a word that begins with a lexicon word or stem for a form of it, and then
// mends only swapped or doubled letters. So a short word written anywhere in a lexicon ("micro" in
// "ingram( micro)?") stops "microsft" from being read as Microsoft. The words the questions turn on
// must have no lexicon word or stem as their beginning, other than themselves.
import { strict as assert } from 'assert';
import { lexiconPatterns } from '../../src/domain/understanding/compile';
import { LEXICONS } from '../../src/domain/understanding/lexicon';
import { buildDictionary } from '../../src/domain/understanding/tolerance';

const KEY_WORDS = [
  'microsoft',
  'distributor',
  'enterprise',
  'azure',
  'dynamics',
  'office',
  'advisor',
  'vianet',
  'government',
  'commercial',
  'provider',
  'indirect',
];

describe('typo tolerance: no lexicon word is the beginning of a key word', () => {
  const dictionary = buildDictionary(LEXICONS.map((l) => [l.language, lexiconPatterns(l)] as const));
  for (const word of KEY_WORDS) {
    it(`nothing shorter begins "${word}"`, () => {
      const found: string[] = [];
      for (let n = 4; n < word.length - 1; n++) if (dictionary.prefixes.has(word.slice(0, n))) found.push(word.slice(0, n));
      assert.deepEqual(found, []);
    });
  }
});
