// The rules of takeBackForCsp in src/domain/understanding/takenBack.ts ("They had EA, but now CSP":
// a correction whose sentence names a bare CSP takes back the channel said before it), one
// condition at a time, each written against a mutant that survived. As in oneSidedRules.test.ts,
// the text is written as the reader prepares it, the mentions and corrections are placed by hand
// and the words of wanting come from a small lexicon made for the test.
import * as assert from 'assert';
import { QuestionId } from '../../src/domain/questions';
import { compileLexicon } from '../../src/domain/understanding/compile';
import { takeBackForCsp } from '../../src/domain/understanding/takenBack';

type Said = [words: string, question: QuestionId | undefined, option: string];

const WANT = [compileLexicon({ language: 'x', entries: [], structure: { want: ['want', '想'] } })];

/** Each placed in order: the words of one are looked for after those of the one before. */
function place(text: string, words: readonly string[]): { start: number; end: number }[] {
  let from = 0;
  return words.map((w) => {
    const start = text.indexOf(w, from);
    assert.ok(start >= 0, `"${w}" is not in "${text}" after ${from}`);
    from = start + w.length;
    return { start, end: start + w.length };
  });
}

/** What each mention reads after the rule: its option, `-` before it when taken back. */
function check(text: string, corrections: string[], said: Said[], expected: string[]): void {
  const spans = place(
    text,
    said.map(([w]) => w),
  );
  const mentions = said.map(([, question, option], k) => ({ question, option, ...spans[k], negated: false, hedged: false }));
  takeBackForCsp(text, mentions, place(text, corrections), WANT);
  assert.deepStrictEqual(
    mentions.map((m) => `${m.negated ? '-' : ''}${m.option}`),
    expected,
    text,
  );
}

const EA: Said = ['ea', 'channel', 'ea'];
const OPEN: Said = ['open', 'channel', 'open'];

describe('bare CSP rules: the CSP said is part of another answer', () => {
  it('an answer that starts with CSP, or ends with it, holds it: nothing is taken back', () => {
    // "CSP direct" is the partner's role, "direct csp" too: no channel said now.
    check('they had ea , but now csp direct .', ['but now'], [EA, ['csp direct', 'partnerType', 'direct']], ['ea', 'direct']);
    check('they had ea , but now direct csp .', ['but now'], [EA, ['direct csp', 'partnerType', 'direct']], ['ea', 'direct']);
  });
  it('an answer said right before CSP, or after it, does not hold it: the channel is taken back', () => {
    check('they had ea , but now o365 csp .', ['but now'], [EA, ['o365', 'service', 'license']], ['-ea', 'license']);
    check('they had ea , but now csp for o365 .', ['but now'], [EA, ['o365', 'service', 'license']], ['-ea', 'license']);
  });
  it('words that are no answer around CSP (a blocked phrase) do not hold it: the channel is taken back', () => {
    // "signed up for CSP" is blocked from being read as the partner's role; the customer is on CSP now.
    check('they had ea , but now they signed up for csp .', ['but now'], [EA, ['signed up for csp', undefined, '']], ['-ea', '']);
  });
});

describe("bare CSP rules: a wish in CSP's clause keeps the channel said before", () => {
  it('a goal said after the correction in the clause, even right against it, is a wish', () => {
    check('they had ea , now a move to csp .', ['now'], [EA, ['move', 'goal', 'move']], ['ea', 'move']);
    check('以前走ea ,现在迁移到csp .', ['现在'], [EA, ['迁移', 'goal', 'move']], ['ea', 'move']);
  });
  it('a goal said before the correction, or after the clause of CSP, is no wish of it', () => {
    check('they plan a move , they had ea , but now csp .', ['but now'], [['move', 'goal', 'move'], EA], ['move', '-ea']);
    check('they had ea , but now csp , and a move next year .', ['but now'], [EA, ['move', 'goal', 'move']], ['-ea', 'move']);
  });
  it('a word of wanting counts to the end of the clause that holds CSP, not beyond', () => {
    check('they had ea , but now csp is what they want .', ['but now'], [EA], ['ea']);
    check('they had ea , but now csp , whatever they want .', ['but now'], [EA], ['-ea']);
  });
});

describe('bare CSP rules: a channel named in the rest of the sentence is left to the usual rule', () => {
  it('a channel after the correction in its sentence, even right against it: nothing is taken back', () => {
    check('they had ea , but now csp or open .', ['but now'], [EA, OPEN], ['ea', 'open']);
    check('以前走ea ,现在open或csp .', ['现在'], [EA, OPEN], ['ea', 'open']);
  });
  it('a channel in a later sentence is not in it: the channel before is taken back, the later one stays', () => {
    check('they had ea , but now csp . later open .', ['but now'], [EA, OPEN], ['-ea', 'open']);
  });
});

describe('bare CSP rules: the channel taken back is the last said before the correction', () => {
  it('an answer of another question said after the channel is not taken back, nor does it stop the channel', () => {
    check('they had ea for o365 , but now csp .', ['but now'], [EA, ['o365', 'service', 'license']], ['-ea', 'license']);
  });
  it('a channel written right against the correction is before it', () => {
    // "而现在" (but now) needs no comma before it.
    check('以前走ea而现在是csp .', ['而现在'], [EA], ['-ea']);
  });
  it('the same channel said after the sentence of CSP is not taken back ("no wait, still EA")', () => {
    check('they had ea , but now csp . no wait , still ea .', ['but now', 'no wait'], [EA, EA], ['-ea', 'ea']);
  });
  it('another channel said earlier is not taken back', () => {
    check('their azure is on open . o365 was on ea , but now csp .', ['but now'], [OPEN, EA], ['open', '-ea']);
  });
});
