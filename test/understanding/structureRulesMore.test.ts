// The one-sided either/or of src/domain/understanding/structure.ts at the edges its tests left open
// (docs/testing.md, eleventh pass): a question with nothing offered after its joining word, an
// option read before the clause of the question, joining words that overlap or touch, a mention
// whose first word is the joining word itself. As in oneSidedRules.test.ts, the text is written as
// the reader prepares it, each mention is placed by hand (at the n-th time its words stand in the
// text) and the joining words come from small lexicons made inside each test.
import * as assert from 'assert';
import { compileLexicon } from '../../src/domain/understanding/compile';
import { StructuredMention, resolveAlternatives } from '../../src/domain/understanding/structure';
import type { Structure } from '../../src/domain/understanding/types';

/** A channel mention: its words and option, placed where those words stand. */
function channel(text: string, words: string, option: string): StructuredMention {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `"${words}" is not in "${text}"`);
  return { question: 'channel', option, implies: [], start, end: start + words.length, negated: false };
}

/** Whether each mention comes out asked about by name (hedged). */
function hedged(text: string, mentions: StructuredMention[], structures: Structure[]): boolean[] {
  const lexicons = structures.map((structure, k) => compileLexicon({ language: `x${k}`, entries: [], structure }));
  resolveAlternatives(text, mentions, lexicons);
  return mentions.map((m) => m.hedged === true);
}

const OR: Structure = { or: ['or', '要么'] };
const words = (n: number): string => Array.from({ length: n }, (_, k) => `w${k}`).join(' ');

describe('structure rules: what a one-sided question offers', () => {
  it('nothing after the joining word offers nothing: "ea or?" answers ea', () => {
    assert.deepStrictEqual(hedged('ea or?', [channel('ea or?', 'ea', 'ea')], [OR]), [false]);
    assert.deepStrictEqual(hedged('ea or x?', [channel('ea or x?', 'ea', 'ea')], [OR]), [true]);
  });
  it('an option read before the clause of the question is not one of its options', () => {
    const text = 'ea, something or other?';
    assert.deepStrictEqual(hedged(text, [channel(text, 'ea', 'ea')], [OR]), [false]);
  });
});

describe('structure rules: joining words that overlap or touch', () => {
  it("two joining words found at one place count once, the first lexicon's: the first option is counted from its end", () => {
    // "or else" is one joining word, then eight words, then "or ea": a pair, so ea is asked about.
    // (Were "or" counted too, "or else" would pair with nothing and "or" would open nine words.)
    const text = `or else ${words(8)} or ea`;
    assert.deepStrictEqual(hedged(text, [channel(text, 'ea', 'ea')], [{ or: ['or else'] }, { or: ['or'] }]), [true]);
  });
  it('a joining word written right against another (as Chinese writes) is one of its own: the first option starts after it', () => {
    const text = `要么要么 ${words(7)} ea 要么 x`;
    // Counted from the first 要么, the first option would hold nine words ("要么" among them): no pair.
    assert.deepStrictEqual(hedged(text, [channel(text, 'ea', 'ea')], [OR]), [true]);
  });
});

describe('structure rules: a mention whose first word is the joining word', () => {
  it('a mention opening with the first joining word ("either open") is the first option', () => {
    const text = 'either open or something';
    assert.deepStrictEqual(hedged(text, [channel(text, 'either open', 'open')], [{ or: ['or', 'either'] }]), [true]);
  });
  it('a mention opening with the second joining word ("or open") is the second option', () => {
    const text = 'either foo or open';
    assert.deepStrictEqual(hedged(text, [channel(text, 'or open', 'open')], [{ or: ['or', 'either'] }]), [true]);
  });
});
