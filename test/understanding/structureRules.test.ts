// The rules of src/domain/understanding/structure.ts at the edges the whole-message tests and
// structure.test.ts leave open: each test was written against a mutant that survived the reader's
// mutation run (docs/testing.md, ninth pass). The text is written as the reader prepares it, the
// mentions are placed by hand, and the structure words come from small lexicons made for the test
// (compiled inside each test), so a bound met exactly, a text without spaces (as Chinese is
// written) or a word two lexicons both know can be written down.
import * as assert from 'assert';
import { QuestionId } from '../../src/domain/questions';
import { CompiledLexicon, compileLexicon } from '../../src/domain/understanding/compile';
import { StructuredMention, dismissAsides, onlyService, resolveAlternatives, scopeContrast } from '../../src/domain/understanding/structure';
import { bareRoles } from '../../src/domain/understanding/roles';
import { refineTier } from '../../src/domain/understanding/tier';
import type { Structure } from '../../src/domain/understanding/types';

/** A mention: the words as they stand in the text (the `nth` time they do), its question and option. */
type Said = [
  words: string,
  question: QuestionId | undefined,
  option: string,
  more?: { negated?: boolean; nth?: number; implies?: Array<[QuestionId, string]> },
];

function mentionsIn(text: string, said: readonly Said[]): StructuredMention[] {
  return said.map(([words, question, option, more]): StructuredMention => {
    let start = -1;
    for (let k = 0; k <= (more?.nth ?? 0); k++) start = text.indexOf(words, start + 1);
    assert.ok(start >= 0, `"${words}" is not in "${text}"`);
    return { question, option, implies: more?.implies ?? [], start, end: start + words.length, negated: more?.negated ?? false };
  });
}

/** The structure words of one made-up language: "or", "the first", "the second", "ignore", "only", "we" and their Chinese twins. */
const WORDS: Structure = {
  or: ['or', '还是'],
  first: ['the first'],
  second: ['the second'],
  dismiss: ['ignore that', '不重要'],
  only: ['only', '只'],
  self: ['we', '我们'],
};

function lexicons(...structures: Structure[]): CompiledLexicon[] {
  return structures.map((structure, k) => compileLexicon({ language: `x${k}`, entries: [], structure }));
}

/** What each mention reads after a rule: its option (`!` before it when negated), or `-` when it lost its question. */
const read = (mentions: readonly StructuredMention[]): string[] => mentions.map((m) => (m.question === undefined ? '-' : `${m.negated ? '!' : ''}${m.option}`));

type Rule = (text: string, mentions: StructuredMention[], lexicons: readonly CompiledLexicon[]) => void;

function check(rule: Rule, text: string, said: Said[], expected: string[], structures: Structure[] = [WORDS]): void {
  const mentions = mentionsIn(text, said);
  rule(text, mentions, lexicons(...structures));
  assert.deepStrictEqual(read(mentions), expected, text);
}

const EA: Said = ['ea', 'channel', 'ea'];
const OPEN: Said = ['open', 'channel', 'open'];
const VIANET: Said = ['vianet', 'channel', 'vianet'];

describe("structure rules: two options joined by 'or'", () => {
  it('the same answer twice is no choice between two', () => {
    check(resolveAlternatives, 'ea or ea the second', [EA, ['ea', 'channel', 'ea', { nth: 1 }]], ['ea', 'ea']);
  });
  it('a negated option is none of the two', () => {
    check(resolveAlternatives, 'not ea or open the second', [['ea', 'channel', 'ea', { negated: true }], OPEN], ['!ea', 'open']);
  });
  it('the joining word may be the last word of the second option', () => {
    check(resolveAlternatives, 'ea open or the second', [EA, ['open or', 'channel', 'open']], ['-', 'open']);
  });
  it('a reference further than 120 characters after the second option settles nothing', () => {
    const far = `ea or open ${'x '.repeat(60)}the second`;
    check(resolveAlternatives, far, [EA, OPEN], ['ea', 'open']);
    const near = `ea or open ${'x '.repeat(54)}the second`;
    check(resolveAlternatives, near, [EA, OPEN], ['-', 'open']);
  });
  it('the reference met first decides, whichever lexicon knows it', () => {
    // "the second" of one lexicon before "the first" of another, and the other way round.
    check(
      resolveAlternatives,
      'ea or open the second not the first',
      [EA, OPEN],
      ['-', 'open'],
      [{ or: ['or'], second: ['the second'] }, { first: ['the first'] }],
    );
    check(
      resolveAlternatives,
      'ea or open the first not the second',
      [EA, OPEN],
      ['ea', '-'],
      [{ or: ['or'], second: ['the second'] }, { first: ['the first'] }],
    );
  });
  it('of two references at the same place, the one found first decides', () => {
    check(resolveAlternatives, 'ea or open that one', [EA, OPEN], ['-', 'open'], [{ or: ['or'], second: ['that one'] }, { first: ['that one'] }]);
    check(resolveAlternatives, 'ea or open that one', [EA, OPEN], ['ea', '-'], [{ or: ['or'], first: ['that one'], second: ['that one'] }]);
  });
  it('the second option dropped takes its words to the end of its sentence, counted from the option', () => {
    check(resolveAlternatives, 'ea or open via vianet the first', [EA, OPEN, VIANET], ['ea', '-', '-']);
    check(resolveAlternatives, 'x. ea or open via vianet the first', [EA, OPEN, VIANET], ['ea', '-', '-']);
  });
  it('… up to its full stop, and only before the reference', () => {
    check(resolveAlternatives, 'ea or open via vianet. the first', [EA, OPEN, VIANET], ['ea', '-', '-']);
    check(resolveAlternatives, 'ea or open the first via vianet', [EA, OPEN, VIANET], ['ea', '-', 'vianet']);
  });
  it('… and a mention beginning where the option begins', () => {
    const implied: Said = ['open', 'cloud', 'global', { implies: [['channel', 'open']] }];
    check(resolveAlternatives, 'ea or open the first', [EA, OPEN, implied], ['ea', '-', '-']);
  });
  it('a question mark right after the second option makes them a question a later answer settles', () => {
    check(resolveAlternatives, 'ea or open? open', [EA, OPEN, ['open', 'channel', 'open', { nth: 1 }]], ['-', '-', 'open']);
  });
});

describe("structure rules: 'not X but Y'", () => {
  const M365_NOT: Said = ['m365', 'service', 'license', { negated: true }];
  const CSP: Said = ['another csp', 'channel', 'otherCsp'];
  const MICROSOFT: Said = ['microsoft', 'channel', 'microsoft'];
  it('moves the negation to the channel the next clause answers again', () => {
    check(scopeContrast, 'not m365 from another csp, but from microsoft', [M365_NOT, CSP, MICROSOFT], ['license', '!otherCsp', 'microsoft']);
  });
  it('mentions that lost their question take no part', () => {
    const gone = (words: string, option: string): Said => [words, undefined, option];
    check(
      scopeContrast,
      'not m365 from another csp, but from microsoft',
      [M365_NOT, gone('another csp', 'otherCsp'), gone('microsoft', 'microsoft')],
      ['!license', '-', '-'],
    );
  });
  it("the sentence is counted from the negated mention, not from the message's start", () => {
    check(scopeContrast, 'x. not m365 from another csp, but from microsoft', [M365_NOT, CSP, MICROSOFT], ['license', '!otherCsp', 'microsoft']);
  });
  it('without a comma after it, the clause runs to the end of the message', () => {
    // A cloud mention overlapping the negated one reaches no other clause.
    check(
      scopeContrast,
      'not ea cloud then china',
      [
        ['ea cloud', 'channel', 'ea', { negated: true }],
        ['cloud', 'cloud', 'global'],
        ['china', 'cloud', 'china'],
      ],
      ['!ea', 'global', 'china'],
    );
  });
  it('the mention the negation should have reached comes after it', () => {
    check(
      scopeContrast,
      'global cloud, not m365 from another csp, but from microsoft',
      [['global cloud', 'cloud', 'global'], M365_NOT, CSP, MICROSOFT],
      ['global', 'license', '!otherCsp', 'microsoft'],
    );
  });
  it('the other answer must be in the next clause, and another option', () => {
    check(scopeContrast, 'not m365 from another csp or microsoft.', [M365_NOT, CSP, MICROSOFT], ['!license', 'otherCsp', 'microsoft']);
    check(
      scopeContrast,
      'not m365 from another csp, but from another csp',
      [M365_NOT, CSP, ['another csp', 'channel', 'otherCsp', { nth: 1 }]],
      ['!license', 'otherCsp', 'otherCsp'],
    );
  });
  it('the other answer must answer the same question again, not another one', () => {
    check(scopeContrast, 'not m365 from another csp, but china', [M365_NOT, CSP, ['china', 'cloud', 'china']], ['!license', 'otherCsp', 'china']);
  });
  it("the negated question answered again after it in its sentence keeps the negation its own, even glued to it; before it or in another sentence, it doesn't", () => {
    const OFFICE: Said = ['office', 'service', 'license'];
    check(
      scopeContrast,
      'office, not m365 from another csp, but from microsoft',
      [OFFICE, M365_NOT, CSP, MICROSOFT],
      ['license', 'license', '!otherCsp', 'microsoft'],
    );
    check(
      scopeContrast,
      'not m365 from another csp, but from microsoft. office',
      [M365_NOT, CSP, MICROSOFT, OFFICE],
      ['license', '!otherCsp', 'microsoft', 'license'],
    );
    check(
      scopeContrast,
      'not m365 from another csp, but from microsoft office',
      [M365_NOT, CSP, MICROSOFT, OFFICE],
      ['!license', 'otherCsp', 'microsoft', 'license'],
    );
    check(
      scopeContrast,
      'not m365office from another csp, but from microsoft',
      [M365_NOT, OFFICE, CSP, MICROSOFT],
      ['!license', 'license', 'otherCsp', 'microsoft'],
    );
  });
});

describe('structure rules: a dismissal', () => {
  it('in a sentence that names nothing before it sets nothing aside, and ends', () => {
    check(dismissAsides, 'it expired, ignore that', [], []);
  });
  it('never reaches into the sentence before', () => {
    check(dismissAsides, 'ea. it expired, ignore that', [EA], ['ea']);
  });
  it('run on into its clause without a comma, is about that clause only, though a comma stands before', () => {
    check(dismissAsides, 'via ea, it expired ignore that', [EA], ['ea']);
  });
  it('after a comma, reaches back past a clause whose mentions lost their question', () => {
    check(dismissAsides, 'via ea, old open, ignore that', [EA, ['open', undefined, 'open']], ['-', '-']);
  });
  it('a clause without a space after its comma begins right after the comma', () => {
    check(dismissAsides, 'via ea,open, ignore that', [EA, OPEN], ['ea', '-']);
  });
  it("a clause's one-character mention right before the next comma is its own", () => {
    check(
      dismissAsides,
      'xa, b, ignore that',
      [
        ['a', 'channel', 'ea'],
        ['b', 'channel', 'open'],
      ],
      ['ea', '-'],
    );
  });
  it("a clause's one-character mention right before the next semicolon is its own", () => {
    check(
      dismissAsides,
      'xa; b; ignore that',
      [
        ['a', 'channel', 'ea'],
        ['b', 'channel', 'open'],
      ],
      ['ea', '-'],
    );
  });
  it('takes a mention written against it (Chinese)', () => {
    check(dismissAsides, '通过ea不重要', [EA], ['-']);
  });
});

describe("structure rules: 'only X'", () => {
  const AZURE: Said = ['azure', 'service', 'usage'];
  const M365: Said = ['m365', 'service', 'license'];
  it('any "only" next to a service restricts it, though another "only" stands elsewhere', () => {
    check(onlyService, 'only azure and m365, only that', [AZURE, M365], ['usage', '-']);
  });
  it('an "only" before a service but further than a word restricts nothing', () => {
    check(onlyService, 'm365, only two words azure', [M365, AZURE], ['license', 'usage']);
  });
  it('an "only" written against the service after it restricts it (Chinese)', () => {
    check(onlyService, 'm365 and azure只', [M365, AZURE], ['-', 'usage']);
  });
});

describe("structure rules: 'Tier 2' beside a reseller", () => {
  it('a negated reseller says nothing of the tier', () => {
    const mentions = mentionsIn('tier 2, a reseller', [
      ['tier 2', 'partnerType', 'tierTwo'],
      ['reseller', 'partnerType', 'indirectReseller', { negated: true }],
    ]);
    refineTier('tier 2, a reseller', mentions, lexicons({ or: ['or'] }));
    assert.deepStrictEqual(read(mentions), ['tierTwo', '!indirectReseller']);
  });
});

describe("structure rules: the English 'direct' after the speaker's 'we'", () => {
  it('is read after a mention that ends where "we" begins (Chinese)', () => {
    const text = 'ea我们是 direct';
    assert.deepStrictEqual(bareRoles(text, mentionsIn(text, [EA]), lexicons(WORDS)), [{ start: 2, end: text.length }]);
  });
  it('is read once though two lexicons know the "we"', () => {
    assert.deepStrictEqual(bareRoles('we direct', [], lexicons(WORDS, { self: ['we'] })), [{ start: 0, end: 9 }]);
  });
});
