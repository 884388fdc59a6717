// How a message is prepared for reading (src/domain/understanding/text.ts), rule by rule, with the
// prepared text written out by hand: which brackets are a gloss and which a pause, which dots end a
// sentence and which sit inside an address or a number, which marks are pauses, how a run of marks
// keeps the strongest, and how the original words are found again for a span.
import { strict as assert } from 'assert';
import { dashBetween, originalSpan, prepare } from '../../src/domain/understanding/text';

const text = (input: string): string => prepare(input).text;

describe('preparing a message: rule by rule', () => {
  describe('a short gloss in brackets after a word belongs to its clause (no pause at the opening bracket)', () => {
    const cases: [string, string, string][] = [
      ['one word', 'not a distributor (T2) here', 'not a distributor t2 , here'],
      ['three words, spaces inside the brackets', 'not a distributor ( one two three ) here', 'not a distributor one two three , here'],
      ['three words, two spaces between them', 'not a distributor (one  two  three) here', 'not a distributor one two three , here'],
      ['four words are no gloss: the bracket is a pause', 'not a distributor (one two three four) here', 'not a distributor , one two three four , here'],
      ['no space before the bracket: still two words', 'distributor(T2)', 'distributor t2 ,'],
      ['Chinese: six characters count as three words', '词（一二三四五六）好', '词一二三四五六,好'],
      ['Chinese: seven characters count as four, no gloss', '词（一二三四五六七）好', '词,一二三四五六七,好'],
    ];
    for (const [name, input, expected] of cases) it(`${name}: ${JSON.stringify(input)}`, () => assert.equal(text(input), expected));
  });

  describe('a line break ends a sentence, unless the line was broken after a comma (one sentence wrapped)', () => {
    const cases: [string, string, string][] = [
      ['after a word', 'EA\nOpen', 'ea . open'],
      ['after a full stop', 'EA.\nOpen', 'ea . open'],
      ['after a comma', 'EA,\nOpen', 'ea , open'],
      ['after a semicolon', 'EA;\nOpen', 'ea , open'],
      ['after a comma, spaces and a carriage return between', 'EA,  \r\n  Open', 'ea , open'],
      ['a Chinese comma', '好，\n不', '好,不'],
      ['a break first of all', '\nEA', 'ea'],
    ];
    for (const [name, input, expected] of cases) it(`${name}: ${JSON.stringify(input)}`, () => assert.equal(text(input), expected));
  });

  describe('a dot inside an address or a number ends no sentence', () => {
    const cases: [string, string, string][] = [
      ['a decimal number', 'version 3.5 is fine', 'version 3_5 is fine'],
      ['a digit then a letter is a sentence typed without a space', '3.x5', '3 . x5'],
      ['a known address part', 'portal.azure.com', 'portal_azure_com'],
      ['a known address part after a space, no word before the dot', 'it is a .com address', 'it is a . com address'],
      ['"www" before the dot', 'www.contoso', 'www_contoso'],
      ['a word that only ends in "www" is no address', 'awww.contoso', 'awww . contoso'],
      ['"www" earlier in the message, not before the dot', 'see www, then.Next', 'see www , then . next'],
      ['"www" at the end of the message, after the dot', 'go.see www', 'go . see www'],
    ];
    for (const [name, input, expected] of cases) it(`${name}: ${JSON.stringify(input)}`, () => assert.equal(text(input), expected));
  });

  describe('pauses and ends of sentences, however they are typed', () => {
    const cases: [string, string, string][] = [
      ['the Chinese enumeration comma', 'EA、Open', 'ea , open'],
      ['a line break ends a sentence', 'EA\nOpen', 'ea . open'],
      ['the Chinese full stop', '好。是', '好.是'],
      ['a small comma', 'EA\ufe50Open', 'ea , open'],
      ['a small semicolon', 'EA\ufe54Open', 'ea , open'],
      ['a small colon', 'EA\ufe55Open', 'ea , open'],
      ['small brackets', 'EA\ufe59T2\ufe5a', 'ea , t2 ,'],
      ['a full-width full stop', 'EA\uff0eOpen', 'ea . open'],
      ['a small exclamation mark', 'EA\ufe57Open', 'ea . open'],
      ['a small question mark', 'EA\ufe56Open', 'ea ? open'],
    ];
    for (const [name, input, expected] of cases) it(`${name}: ${JSON.stringify(input)}`, () => assert.equal(text(input), expected));
  });

  describe('a run of marks keeps one, the strongest; the message starts with no pause and ends with no space', () => {
    const cases: [string, string, string][] = [
      ['a comma then a full stop: the full stop', 'EA, . Open', 'ea . open'],
      ['a full stop then a comma: the full stop', 'EA. , Open', 'ea . open'],
      ['two commas: one', 'EA,, Open', 'ea , open'],
      ['a question mark then a comma: the question mark', 'EA? , Open', 'ea ? open'],
      ['a comma then a question mark: the question mark', 'EA, ? Open', 'ea ? open'],
      ['a question mark then a full stop: the question mark', 'EA?. Open', 'ea ? open'],
      ['a leading comma is dropped', ', EA', 'ea'],
      ['a leading full stop is dropped', '. EA', 'ea'],
      ['leading spaces are dropped', '   EA', 'ea'],
      ['a leading question mark stays', '? EA', '? ea'],
      ['a closing comma stays, with no space after it', 'EA,', 'ea ,'],
    ];
    for (const [name, input, expected] of cases) it(`${name}: ${JSON.stringify(input)}`, () => assert.equal(text(input), expected));
  });

  describe('dashBetween', () => {
    const input = 'EA — Open';
    // Prepared in each test, not when the file loads: a mutation run switches a change on only after loading.
    it('sees a dash between two points of the message', () => {
      const prepared = prepare(input);
      assert.equal(prepared.text, 'ea open');
      assert.equal(dashBetween(input, prepared, 0, 3), true);
    });
    it('says no when a point is past the end (no original place to look between)', () => {
      const prepared = prepare(input);
      assert.equal(dashBetween(input, prepared, 0, prepared.text.length), false);
      assert.equal(dashBetween(input, prepared, prepared.text.length + 1, 3), false);
    });
    it('says no where there is none', () => assert.equal(dashBetween('EA then Open', prepare('EA then Open'), 0, 8), false));
  });

  describe('originalSpan', () => {
    it('gives the original words without the spaces around them', () => {
      const input = 'EA  Open';
      const prepared = prepare(input);
      assert.equal(prepared.text, 'ea open');
      assert.equal(originalSpan(input, prepared, 2, 7), 'Open');
    });
    it('gives nothing for an empty span at the end', () => {
      const input = 'EA Open';
      const prepared = prepare(input);
      assert.equal(originalSpan(input, prepared, prepared.text.length, prepared.text.length), '');
    });
    it('keeps a letter outside the basic plane whole (two UTF-16 units)', () => {
      const input = '\u{1d404}\u{1d400} deal';
      const prepared = prepare(input);
      assert.equal(prepared.text, 'ea deal');
      assert.equal(originalSpan(input, prepared, 0, 2), '\u{1d404}\u{1d400}');
    });
  });
});
