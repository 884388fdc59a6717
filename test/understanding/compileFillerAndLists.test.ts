// The rules of compile.ts for what a respelling drops, and for lists of words the other rule
// tests leave out: small lexicons written by hand, compiled inside each test (never when the file
// loads), so a broken rule shows in what the test reads.
import * as assert from 'assert';
import { compileLexicon } from '../../src/domain/understanding/compile';
import type { Lexicon, LexiconEntry } from '../../src/domain/understanding/types';

/** A lexicon of the language "xx" with nothing but what the test gives. */
function lexicon(partial: Partial<Lexicon>): Lexicon {
  return { language: 'xx', entries: [], ...partial };
}

/** Whether each respelling of a lexicon drops a filler word written in Latin letters, in the lexicon's order. */
function fillers(respell: Record<string, string>): boolean[] {
  return compileLexicon(lexicon({ respell })).respell.map((r) => r.filler);
}

describe('compile rules: a respelling that drops a word written in Latin letters is a filler', () => {
  it('a Latin word dropped ("ne", Portuguese for "right?") is a filler', () => {
    assert.deepStrictEqual(fillers({ ne: '' }), [true]);
  });
  it("a Cyrillic word dropped is none: only a Latin word may be another language's", () => {
    assert.deepStrictEqual(fillers({ ну: '' }), [false]);
  });
  it('the letter of an escape in the pattern ("\\s") is no Latin word', () => {
    assert.deepStrictEqual(fillers({ 'ну(?=\\s)': '' }), [false]);
  });
  it('a respelling into another word drops nothing: no filler', () => {
    assert.deepStrictEqual(fillers({ 'see ess': 'cs' }), [false]);
  });
  it('each respelling is told apart in a lexicon that has both kinds', () => {
    assert.deepStrictEqual(fillers({ uh: '', 'see ess': 'cs', ну: '' }), [true, false, false]);
  });
});

describe('compile rules: the data is checked when it is compiled (the lists the other tests leave out)', () => {
  it('an implied answer that is not even a text stops the compilation', () => {
    const entry = { question: 'channel', option: 'vianet', patterns: ['x'], implies: { cloud: 1 } } as unknown as LexiconEntry;
    assert.throws(() => compileLexicon(lexicon({ entries: [entry] })), /^Error: Unknown implied answer in lexicon xx, entry 0 \(channel=vianet\)$/);
  });
  const lists: Array<[string, Partial<Lexicon>]> = [
    ['retractions', { retractions: ['('] }],
    ['negation.doubtObjects', { negation: { before: ['no'], doubtObjects: ['('] } }],
  ];
  for (const [where, partial] of lists) {
    it(`an invalid pattern in ${where} names the list`, () => {
      assert.throws(
        () => compileLexicon(lexicon(partial)),
        (error: Error) => error.message.startsWith(`Invalid pattern "(" in lexicon xx ${where}: `),
      );
    });
  }
});
