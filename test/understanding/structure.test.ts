// The structure of a message (src/domain/understanding/structure.ts), rule by rule at its edges:
// each rule is called on a message prepared as the reader prepares it, with the mentions the
// reader would have found placed by hand, so a case checks that one rule. Written after the
// rules' first mutation run, where the whole-message tests could not tell each rule from a broken
// one (a word of another sentence or clause taken for this one's, a reach counted one word short,
// a check left out).
import * as assert from 'assert';
import { QuestionId } from '../../src/domain/questions';
import { LEXICONS } from '../../src/domain/understanding';
import { compileLexicon } from '../../src/domain/understanding/compile';
import { StructuredMention, dismissAsides, matches, onlyService, resolveAlternatives, scopeContrast } from '../../src/domain/understanding/structure';
import { bareRoles } from '../../src/domain/understanding/roles';
import { respell } from '../../src/domain/understanding/spelled';
import { prepare } from '../../src/domain/understanding/text';
import { refineTier } from '../../src/domain/understanding/tier';

/** A mention: the words as they stand in the prepared text (the `nth` time they do), its question and option. */
type Said = [words: string, question: QuestionId, option: string, negated?: boolean, nth?: number];

function setUp(message: string, said: readonly Said[]) {
  const text = prepare(message).text;
  const mentions = said.map(([words, question, option, negated, nth]): StructuredMention => {
    let start = -1;
    for (let k = 0; k <= (nth ?? 0); k++) start = text.indexOf(words, start + 1);
    assert.ok(start >= 0, `"${words}" is not in "${text}"`);
    return { question, option, implies: [], start, end: start + words.length, negated: negated ?? false };
  });
  return { text, mentions, lexicons: LEXICONS.map(compileLexicon) };
}

/** What each mention reads after a rule: its option (`!` before it when negated), or `-` when it lost its question. */
const read = (mentions: readonly StructuredMention[]): string[] => mentions.map((m) => (m.question === undefined ? '-' : `${m.negated ? '!' : ''}${m.option}`));

type Case = [message: string, said: Said[], expected: string[]];

function check(cases: readonly Case[], rule: (text: string, mentions: StructuredMention[], lexicons: ReturnType<typeof setUp>['lexicons']) => void): void {
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      rule(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
}

describe('structure: every match between two points, an empty match stepped over', () => {
  it('finds "aa" and "a", never the empty matches between them, and ends', () => {
    assert.deepStrictEqual(matches(/a*/gu, 'baa b a'), [
      { start: 1, end: 3 },
      { start: 6, end: 7 },
    ]);
  });
});

describe('structure: a spoken form read as the written one keeps where each character came from', () => {
  it('"via t two uh ok": "t two" is "t2" (its first character from "t", the rest from its last), "uh" dropped with its space', () => {
    const { lexicons } = setUp('', []);
    assert.deepStrictEqual(
      respell(prepare('via t two uh ok'), lexicons, () => true),
      {
        text: 'via t2 ok',
        origin: [0, 1, 2, 3, 4, 8, 9, 13, 14],
      },
    );
  });
});

const EA: Said = ['ea', 'channel', 'ea'];
const OPEN: Said = ['open', 'channel', 'open'];

describe("structure: two options joined by 'or' stay a question unless a reference after them, or a later answer, settles it", () => {
  check(
    [
      ['EA or Open?', [EA, OPEN], ['ea', 'open']],
      ['EA or Open, the second one.', [EA, OPEN], ['-', 'open']],
      ['EA or Open, the first one.', [EA, OPEN], ['ea', '-']],
      // The first reference met decides.
      ['EA or Open, the first one, no, the second one.', [EA, OPEN], ['ea', '-']],
      ['EA or Open, the second one, no, the first one.', [EA, OPEN], ['-', 'open']],
      // Joined by "or", at most eight words apart, in one sentence, both stated.
      ['EA and Open, the second one.', [EA, OPEN], ['ea', 'open']],
      // Eight words, "or" among them; commas are no words, nor an aside set off by two right after the first.
      ['EA one two three four five six seven or Open, the second one.', [EA, OPEN], ['-', 'open']],
      ['EA one two three four five six seven eight or Open, the second one.', [EA, OPEN], ['ea', 'open']],
      ['EA one, two, three, four, five, six, seven or Open, the second one.', [EA, OPEN], ['-', 'open']],
      ['EA, which I doubt at this size and this late, one two three four five six seven or Open, the second one.', [EA, OPEN], ['-', 'open']],
      ['EA one, which I doubt at this size, two three four five six seven or Open, the second one.', [EA, OPEN], ['ea', 'open']],
      ['EA. Or Open, the second one.', [EA, OPEN], ['ea', 'open']],
      ['EA or not Open, the second one.', [EA, ['open', 'channel', 'open', true]], ['ea', '!open']],
      ['Or EA and Open, the second one.', [EA, OPEN], ['ea', 'open']],
      ['EA and Open or, the second one.', [EA, OPEN], ['ea', 'open']],
      // Each option with the next one that answers its question otherwise.
      ['EA, Open or CSP, the second one.', [EA, OPEN, ['csp', 'channel', 'otherCsp']], ['-', '-', 'otherCsp']],
      // The second option dropped takes the words of its question after it, up to the reference; the first does not.
      ['EA or Open, EA, the first one.', [EA, OPEN, ['ea', 'channel', 'ea', false, 1]], ['ea', '-', '-']],
      ['EA or Open, Chinese, the first one.', [EA, OPEN, ['chinese', 'cloud', 'china']], ['ea', '-', 'china']],
      ['EA or Open, Azure via EA, the second one.', [EA, OPEN, ['azure', 'service', 'usage'], ['ea', 'channel', 'ea', false, 1]], ['-', 'open', 'usage', 'ea']],
      ['EA or Open. The second one. Via CSP.', [EA, OPEN, ['csp', 'channel', 'otherCsp']], ['-', 'open', 'otherCsp']],
      // Asked, and answered after the question mark by a mention of that question.
      ['EA or Open? Via EA.', [EA, OPEN, ['ea', 'channel', 'ea', false, 1]], ['-', '-', 'ea']],
      ['EA or Open? Azure.', [EA, OPEN, ['azure', 'service', 'usage']], ['ea', 'open', 'usage']],
      ['Via EA or Open? Yes.', [EA, OPEN], ['ea', 'open']],
      ['EA or Open. Via EA?', [EA, OPEN, ['ea', 'channel', 'ea', false, 1]], ['ea', 'open', 'ea']],
      ['EA or Open, via EA? Yes.', [EA, OPEN, ['ea', 'channel', 'ea', false, 1]], ['ea', 'open', 'ea']],
    ],
    resolveAlternatives,
  );
});

describe('structure: "not X but Y" moves the negation to the question the next clause of its sentence answers again', () => {
  const AZURE_NOT: Said = ['azure', 'service', 'usage', true];
  check(
    [
      ['Not Azure via EA, but via Open.', [AZURE_NOT, EA, OPEN], ['usage', '!ea', 'open']],
      // Another sentence, the other mention in another clause, the same option again, a negated answer.
      ['Not Azure via EA. But via Open.', [AZURE_NOT, EA, OPEN], ['!usage', 'ea', 'open']],
      ['Not Azure, via EA, but via Open.', [AZURE_NOT, EA, OPEN], ['!usage', 'ea', 'open']],
      ['Not Azure via EA, but via EA.', [AZURE_NOT, EA, ['ea', 'channel', 'ea', false, 1]], ['!usage', 'ea', 'ea']],
      ['Not Azure via EA, but not via Open.', [AZURE_NOT, EA, ['open', 'channel', 'open', true]], ['!usage', 'ea', '!open']],
      // The negated question answered again in its sentence: the negation was its own.
      ['Not Azure via EA, but Office via Open.', [AZURE_NOT, EA, ['office', 'service', 'license'], OPEN], ['!usage', 'ea', 'license', 'open']],
      ['Azure via EA, but via Open.', [['azure', 'service', 'usage'], EA, OPEN], ['usage', 'ea', 'open']],
    ],
    (text, mentions) => scopeContrast(text, mentions),
  );
});

describe('structure: a dismissal sets aside its clause, or the clause before when its own names nothing, never past the sentence', () => {
  check(
    [
      ["Their partner was a distributor, but that doesn't matter. Via EA.", [['distributor', 'partnerType', 'indirectProvider'], EA], ['-', 'ea']],
      ['Via EA, they had Open, but it expired, so ignore that.', [EA, OPEN], ['ea', '-']],
      ['Via EA, they had Open but ignore that.', [EA, OPEN], ['ea', '-']],
      ['Via EA; they had Open; ignore that.', [EA, OPEN], ['ea', '-']],
      ['Via EA. They had Open, ignore that.', [EA, OPEN], ['ea', '-']],
      ['Via EA. Ignore that.', [EA], ['ea']],
    ],
    dismissAsides,
  );
});

const AZURE: Said = ['azure', 'service', 'usage'];
const OFFICE: Said = ['office', 'service', 'license'];

describe('structure: "only X", right after it or one word before it, makes the other kind of service background', () => {
  check(
    [
      ['Azure and Office, Azure only.', [AZURE, OFFICE, ['azure', 'service', 'usage', false, 1]], ['usage', '-', 'usage']],
      ['Azure and Office, only Azure.', [AZURE, OFFICE, ['azure', 'service', 'usage', false, 1]], ['usage', '-', 'usage']],
      ['Azure and Office, only the Azure.', [AZURE, OFFICE, ['azure', 'service', 'usage', false, 1]], ['usage', '-', 'usage']],
      ['Azure and only Office.', [AZURE, OFFICE], ['-', 'license']],
      // Both restricted, or "only" not right after the service.
      ['Only Azure and only Office.', [AZURE, OFFICE], ['usage', 'license']],
      ['Azure only and Office.', [AZURE, OFFICE], ['usage', 'license']],
      ['Office, Azure and only.', [OFFICE, AZURE], ['license', 'usage']],
    ],
    onlyService,
  );
});

const TIER2: Said = ['tier 2', 'partnerType', 'tierTwo'];
const RESELLER: Said = ['reseller', 'partnerType', 'indirectReseller'];

describe('structure: "Tier 2" beside a reseller says which indirect role, not a second answer', () => {
  check(
    [
      ['We are tier 2, a reseller.', [TIER2, RESELLER], ['-', 'indirectReseller']],
      ['A reseller, tier 2.', [RESELLER, TIER2], ['indirectReseller', '-']],
      // "Or" between them, or the reseller said not to be, or "tier 2" read as another role.
      ['A reseller or tier 2.', [RESELLER, TIER2], ['indirectReseller', 'tierTwo']],
      ['Tier 2, a reseller.', [TIER2, ['reseller', 'partnerType', 'indirectReseller', true]], ['tierTwo', '!indirectReseller']],
      ['Tier 2, a reseller.', [['tier 2', 'partnerType', 'direct'], RESELLER], ['direct', 'indirectReseller']],
      // A negation elsewhere ("not EA") leaves the reseller's word closing the T2's clause its own.
      ['Not EA. We are tier 2, a reseller.', [['ea', 'channel', 'ea', true], TIER2], ['!ea', 'indirectReseller']],
      ['We are tier 2, a reseller. Not EA.', [TIER2, ['ea', 'channel', 'ea', true]], ['indirectReseller', '!ea']],
      ['We are tier 2, a distributor.', [TIER2, ['distributor', 'partnerType', 'indirectProvider']], ['-', 'indirectProvider']],
      ['A distributor, a reseller.', [['distributor', 'partnerType', 'indirectProvider'], RESELLER], ['indirectProvider', 'indirectReseller']],
    ],
    (text, mentions, lexicons) => refineTier(text, mentions, lexicons),
  );
});

describe('structure: the English "direct" after the speaker\'s "we" in another language is the direct role, never a purchase', () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    ['мы direct', [], ['мы direct']],
    ['nós somos direct', [], ['nos somos direct']],
    ['мы direct, мы direct', [], ['мы direct', 'мы direct']],
    ['мы direct у Microsoft', [], []],
    // A word a lexicon read is not read again.
    ['we are direct', [['direct', 'partnerType', 'direct']], []],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.length === 0 ? 'no role' : expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      assert.deepStrictEqual(
        bareRoles(text, mentions, lexicons).map((s) => text.slice(s.start, s.end)),
        expected,
      );
    });
});
