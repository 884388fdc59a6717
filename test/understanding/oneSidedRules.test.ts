// The rules of the one-sided either/or in src/domain/understanding/structure.ts: "X or something
// else?" and "either <unread words> or X", where only one of two options is read, so it is asked
// about by name (hedged) and never taken as the answer. Each test was written against a mutant that
// survived the reader's mutation run (docs/testing.md, tenth pass). As in structureRules.test.ts,
// the text is written as the reader prepares it, the mentions are placed by hand and the structure
// words come from small lexicons made for the test.
import * as assert from 'assert';
import { QuestionId } from '../../src/domain/questions';
import { compileLexicon } from '../../src/domain/understanding/compile';
import { StructuredMention, resolveAlternatives } from '../../src/domain/understanding/structure';
import type { Structure } from '../../src/domain/understanding/types';

type Said = [words: string, question: QuestionId, option: string];

function mentionsIn(text: string, said: readonly Said[]): StructuredMention[] {
  return said.map(([words, question, option]): StructuredMention => {
    const start = text.indexOf(words);
    assert.ok(start >= 0, `"${words}" is not in "${text}"`);
    return { question, option, implies: [], start, end: start + words.length, negated: false };
  });
}

/** Joining words, references and a seller word ("disti") of one made-up language; Chinese "要么" and "或" too. */
const WORDS: Structure = { or: ['or', '要么', '或'], first: ['the first'], second: ['the second'], seller: ['disti'] };

/** What each mention reads: its option, `?` before it when hedged, `-` when it lost its question. */
function check(text: string, said: Said[], expected: string[], structures: Structure[] = [WORDS]): void {
  const mentions = mentionsIn(text, said);
  const lexicons = structures.map((structure, k) => compileLexicon({ language: `x${k}`, entries: [], structure }));
  resolveAlternatives(text, mentions, lexicons);
  const read = mentions.map((m) => (m.question === undefined ? '-' : `${m.hedged === true ? '?' : ''}${m.option}`));
  assert.deepStrictEqual(read, expected, text);
}

const EA: Said = ['ea', 'channel', 'ea'];
const OPEN: Said = ['open', 'channel', 'open'];
const DISTI: Said = ['distributor', 'partnerType', 'distributor'];
const words = (n: number): string => Array.from({ length: n }, (_, k) => `w${k}`).join(' ');

describe("structure rules: a question offering two options, one of them read ('ea or something else?')", () => {
  it('the option read on either side of the joining word is asked about by name', () => {
    check('ea or something else?', [EA], ['?ea']);
    check('something or open?', [OPEN], ['?open']);
  });
  it('only a question offers: no question mark, no option asked about', () => {
    check('ea or something else.', [EA], ['ea']);
  });
  it('both options read is no one-sided question', () => {
    check('ea or open?', [EA, OPEN], ['ea', 'open']);
  });
  it('nothing before the joining word offers nothing', () => {
    check('or open?', [OPEN], ['open']);
  });
  it('the first option starts after the last comma before the joining word', () => {
    check(`${words(9)}, ea or something?`, [EA], ['?ea']);
  });
  it('a joining word followed by a comma still has its first option before it', () => {
    check('ea或, something?', [EA], ['?ea']);
  });
  it('each option holds at most eight words; the first runs from the first word read of its kind', () => {
    check(`ea ${words(7)} or something?`, [EA], ['?ea']);
    check(`ea ${words(8)} or something?`, [EA], ['ea']);
    check(`${words(8)} ea or something?`, [EA], ['?ea']);
    check(`ea or ${words(8)}?`, [EA], ['?ea']);
    check(`ea or ${words(9)}?`, [EA], ['ea']);
  });
  it('a role offered against a seller word is the roles rule, not a question; a seller word on the side read does not count', () => {
    check('distributor or disti?', [DISTI], ['distributor']);
    check('disti or distributor?', [DISTI], ['distributor']);
    check('disti distributor or something?', [DISTI], ['?distributor']);
    check('something or disti distributor?', [DISTI], ['?distributor']);
  });
  it('a seller word in one lexicon is enough', () => {
    check('distributor or disti?', [DISTI], ['distributor'], [WORDS, { or: ['or'] }]);
  });
  it('an option that is no role is asked about even against a seller word', () => {
    check('ea or disti?', [EA], ['?ea']);
    check('disti or ea distributor?', [EA, DISTI], ['?ea', '?distributor']);
  });
  it('the first option is the last kind read before the joining word ("Office 365 through the Advisor program or…")', () => {
    check('distributor ea or disti?', [DISTI, EA], ['distributor', '?ea']);
  });
  it('an answer whose words open with the joining word ("or open") is of the second option, not the first', () => {
    check('ea or something?', [EA, ['or something', 'service', 'usage']], ['?ea', 'usage']);
  });
  it('a later answer to a question read decides', () => {
    check('ea or something? open', [EA, OPEN], ['ea', 'open']);
    check('something or ea distributor? open', [EA, DISTI, OPEN], ['ea', 'distributor', 'open']);
    check('ea distributor or something? open', [EA, DISTI, OPEN], ['ea', '?distributor', 'open']);
  });
});

describe("structure rules: two joining words framing two options, one of them read ('either … or ea')", () => {
  it('the option read is asked about by name', () => {
    check('or foo or ea', [EA], ['?ea']);
    check('要么ea要么别的', [EA], ['?ea']);
  });
  it('joining words from two lexicons are put in order first', () => {
    check('either foo or ea', [EA], ['?ea'], [{ or: ['or'] }, { or: ['either'] }]);
  });
  it('a clause ends between the options: no pair', () => {
    check('or foo. or ea', [EA], ['ea']);
    check('or or ea', [EA], ['ea']);
  });
  it('the first option holds at most eight words', () => {
    check(`or ${words(7)} ea or something`, [EA], ['?ea']);
    check(`or ${words(8)} ea or something`, [EA], ['ea']);
  });
  it('the second option runs to the end of its clause, and has words', () => {
    check('or ea or something', [EA], ['?ea']);
    check('or ea or, something', [EA], ['ea']);
    check('or ea or', [EA], ['ea']);
    check(`or ea or ${words(8)}`, [EA], ['?ea']);
    check(`or ea or ${words(9)}`, [EA], ['ea']);
  });
  it('a role offered against a seller word is the roles rule (parties.ts); a seller word on the side read does not count', () => {
    check('or distributor or disti', [DISTI], ['distributor']);
    check('or disti or distributor', [DISTI], ['distributor']);
    check('or disti distributor or something', [DISTI], ['?distributor']);
    check('or something or disti distributor', [DISTI], ['?distributor']);
    check('or ea distributor or disti', [EA, DISTI], ['?ea', '?distributor']);
  });
  it('the first reference after them settles it', () => {
    check('or ea or something, the second one, no, the first', [EA], ['-']);
    check('or ea or something, the first one, no, the second', [EA], ['ea']);
  });
});
