// The rules of src/domain/understanding/translit.ts one at a time: how a Latin word is spelt in the
// language's letters, which spellings are words of the language, and when a message is taken as
// transliterated. Each test was written against a mutant that survived the reader's mutation run
// (docs/testing.md, tenth pass): the typing and the dictionary here are spelled out by hand, so the
// tests state the rules, not a lexicon's contents.
import * as assert from 'assert';
import type { PreparedText } from '../../src/domain/understanding/text';
import type { Dictionary } from '../../src/domain/understanding/tolerance';
import { Transliteration, fromTranslit, spellIn, transliterations } from '../../src/domain/understanding/translit';
import type { Lexicon } from '../../src/domain/understanding/types';

// The two-letter groups last: the typing must try the longest group first whatever the order given.
const letters = {
  a: 'а',
  d: 'д',
  e: 'е',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'кс',
  sh: 'ш',
  ch: 'ч',
};
const typing = { letters, y: { afterVowel: 'и', otherwise: 'ы' }, vowels: 'аеиоуыэюя', unwritten: 'ь', alternatives: { ш: 'щ' }, functionWords: ['у', 'мы'] };
/** The typing, made inside each test (a mutation run switches its mutant on only once the files are loaded). */
const ruTyping = (): Transliteration => transliterations([{ language: 'ru-RU', latinTyping: typing } as unknown as Lexicon])[0]!;

/** A dictionary of the given words and stems: `ru` words of ru-RU, `others` words of another language. */
function dictionary(ruWords: string[], ruStems: string[] = [], others: string[] = []): Dictionary {
  const languages = new Map<string, Set<string>>();
  for (const w of [...ruWords, ...ruStems]) languages.set(w, new Set(['ru-RU']));
  for (const w of others) languages.set(w, new Set(['uk-UA']));
  return {
    words: new Set([...ruWords, ...others]),
    prefixes: new Set([...ruWords, ...ruStems, ...others]),
    index: new Map(),
    stems: new Map(),
    cjk: undefined as unknown as Dictionary['cjk'],
    languages,
  };
}
function prepared(text: string): PreparedText {
  return { text, origin: [...text].map((_, i) => i) };
}
const read = (text: string, d: Dictionary) => fromTranslit(prepared(text), d, [ruTyping()]).text;

describe('translit rules: spelling a Latin word', () => {
  it('a lexicon without unwritten letters has none', () => {
    const { unwritten, ...rest } = typing;
    void unwritten;
    const [t] = transliterations([{ language: 'xx', latinTyping: rest } as unknown as Lexicon]);
    assert.strictEqual(t!.unwritten.size, 0);
  });
  it('"y" after a vowel of the language is its afterVowel letter, otherwise its other letter', () => {
    assert.strictEqual(spellIn('my', ruTyping()), 'мы');
    assert.strictEqual(spellIn('stroy', ruTyping()), 'строи');
    assert.strictEqual(spellIn('oy', ruTyping()), 'ои');
  });
  it('the longest group of letters is read first, whatever the order the typing gives them in ("sh" is "ш", not "с" and "х")', () => {
    assert.strictEqual(spellIn('shok', ruTyping()), 'шок');
  });
  it('a letter the typing does not know stays as it is ("y" is the only one read otherwise)', () => {
    assert.strictEqual(spellIn('mob', ruTyping()), 'моb');
  });
});

describe('translit rules: what is a word of the language', () => {
  it('three words of the language make the message transliterated, and a four-letter word counts', () => {
    assert.strictEqual(read('dela kot nos', dictionary(['дела', 'кот', 'нос'])), 'dela kot nos');
    assert.strictEqual(read('dela mosta dnem', dictionary(['дела', 'моста', 'днем'])), 'дела моста днем');
  });
  it('a message whose own Latin-lexicon words outnumber the evidence more than twice over is not transliterated (an English message with "plan", "billing")', () => {
    const d = dictionary(['дела', 'моста', 'днем'], [], ['aa', 'bb', 'cc', 'dd', 'ee', 'ff', 'gg']);
    assert.strictEqual(read('dela mosta dnem aa bb cc dd ee ff gg', d), 'dela mosta dnem aa bb cc dd ee ff gg');
    assert.strictEqual(read('dela mosta dnem aa bb cc dd ee ff', d), 'дела моста днем aa bb cc dd ee ff');
  });
  it("a stem's form keeps its own ending", () => {
    assert.strictEqual(read('klienta mosta dnem', dictionary(['моста', 'днем'], ['клиент'])), 'клиента моста днем');
  });
  it('a stem is found by its spelling without the letters Latin typing leaves out ("malchik" is "мальчик")', () => {
    assert.strictEqual(read('malchik mosta dnem', dictionary(['моста', 'днем'], ['мальчик'])), 'мальчик моста днем');
  });
  it('a spelling that is a word is that word, not another word it matches without its unwritten letters ("stal" is "стал", not "сталь")', () => {
    assert.strictEqual(read('stal mosta dnem', dictionary(['стал', 'сталь', 'моста', 'днем'])), 'стал моста днем');
  });
  it('a word or stem of another language is not one of the language', () => {
    assert.strictEqual(read('korova mosta dnem', dictionary(['моста', 'днем'], [], ['корова'])), 'korova mosta dnem');
    assert.strictEqual(read('korova mosta dnem', dictionary(['моста', 'днем', 'корова'])), 'корова моста днем');
  });
  it('a spelling that is no word stays as it is', () => {
    assert.strictEqual(read('abcd mosta dnem stol', dictionary(['моста', 'днем', 'стол'])), 'abcd моста днем стол');
  });
  it('an ambiguous letter\'s other reading is tried at each place, the first one too ("shuka", "shishka")', () => {
    assert.strictEqual(read('shuka mosta dnem', dictionary(['щука', 'моста', 'днем'])), 'щука моста днем');
    assert.strictEqual(read('shishka mosta dnem', dictionary(['шищка', 'моста', 'днем'])), 'шищка моста днем');
  });
});

describe('translit rules: where each character comes from', () => {
  it("each written character keeps its word's origin, the text between and after keeps its own", () => {
    const out = fromTranslit(prepared('a taxi, mosta u dnem .'), dictionary(['такси', 'моста', 'днем']), [ruTyping()]);
    // "a" ("а" is no function word here) stays Latin; "taxi" (4 letters) is written in 5, its last letter twice.
    assert.strictEqual(out.text, 'a такси, моста у днем .');
    assert.deepStrictEqual(out.origin, [0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  });
});
