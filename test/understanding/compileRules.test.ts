// The rules of src/domain/understanding/compile.ts one at a time: how a lexicon's patterns become
// regular expressions, and how its data is checked when it is compiled. Each test was written
// against a mutant that survived the reader's mutation run (docs/testing.md, ninth pass): the
// lexicons here are small ones written by hand, compiled inside each test (never when the file
// loads), so a broken rule shows in what the test reads.
import * as assert from 'assert';
import { compileFollowing, compileLexicon, compilePatterns, fold, lexiconPatterns } from '../../src/domain/understanding/compile';
import type { Lexicon, LexiconEntry } from '../../src/domain/understanding/types';

/** A lexicon of the language "xx" with nothing but what the test gives. */
function lexicon(partial: Partial<Lexicon>): Lexicon {
  return { language: 'xx', entries: [], ...partial };
}

/** An entry whose question or option the types would refuse: the data is JSON, so it can say anything. */
function rawEntry(entry: Record<string, unknown>): LexiconEntry {
  return entry as unknown as LexiconEntry;
}

/** Where a pattern matches in a text, or undefined. */
function found(regex: RegExp, text: string): string | undefined {
  regex.lastIndex = 0;
  return regex.exec(text)?.[0];
}

describe('compile rules: folding and shorthands', () => {
  it('folding takes the accents off and lowers the case', () => {
    assert.strictEqual(fold('Közvetlenül CAFÉ Ёлка'), 'kozvetlenul cafe елка');
  });
  it('"%" stands for the rest of a word, so a stem matches its whole word and nothing shorter of it', () => {
    const regex = compilePatterns(['partner%'], 'here');
    assert.strictEqual(found(regex, 'our partners bought it'), 'partners');
    assert.strictEqual(found(regex, 'partner'), 'partner');
  });
});

describe('compile rules: a pattern that is no regular expression', () => {
  it('stops the compilation with the pattern and where it is', () => {
    assert.throws(
      () => compilePatterns(['ok', 'broken('], 'lexicon xx block'),
      (error: Error) => {
        assert.match(error.message, /^Invalid pattern "broken\(" in lexicon xx block: /);
        assert.ok(error.cause instanceof SyntaxError, 'the regular expression error is kept as the cause');
        return true;
      },
    );
  });
  it('is checked with the flag it is matched with (a pattern valid only without Unicode is refused)', () => {
    // Without the "u" flag "\-" is a hyphen; with it, an invalid escape.
    assert.throws(() => compilePatterns(['a\\-b'], 'lexicon xx markers'), /^Error: Invalid pattern "a\\\\-b" in lexicon xx markers: /);
  });
});

describe('compile rules: patterns matched where a mention ends', () => {
  it('match right at the place given, after at most one space', () => {
    const regex = compileFollowing(['nem'], 'here');
    const text = 'ea nem kell';
    regex.lastIndex = 2;
    assert.strictEqual(regex.exec(text)?.[0], ' nem');
  });
  it('do not match further on', () => {
    const regex = compileFollowing(['nem'], 'here');
    regex.lastIndex = 0;
    assert.strictEqual(regex.exec('ea kell nem'), null);
  });
});

describe('compile rules: the patterns one by one, for the longest match at a place', () => {
  it('match only where they are pointed at', () => {
    const compiled = compileLexicon(lexicon({ entries: [{ question: 'channel', option: 'ea', patterns: ['ea', 'enterprise agreement'] }] }));
    const [entry] = compiled.entries;
    assert.ok(entry);
    const text = 'via enterprise agreement';
    const at = (regex: RegExp, index: number): string | undefined => {
      regex.lastIndex = index;
      return regex.exec(text)?.[0];
    };
    assert.deepStrictEqual(
      entry.alternatives.map((regex) => at(regex, 0)),
      [undefined, undefined],
    );
    assert.deepStrictEqual(
      entry.alternatives.map((regex) => at(regex, 4)),
      [undefined, 'enterprise agreement'],
    );
  });
});

describe('compile rules: the dictionary of a lexicon', () => {
  it('holds every pattern the lexicon has and nothing for the parts it lacks', () => {
    const patterns = lexiconPatterns(
      lexicon({
        entries: [{ question: 'channel', option: 'ea', patterns: ['EA'] }],
        structure: { or: ['Vagy'], first: undefined },
      }),
    );
    assert.deepStrictEqual(patterns, ['ea', 'vagy']);
  });
  it('holds the markers and the blocked phrases when there are some', () => {
    assert.deepStrictEqual(lexiconPatterns(lexicon({ markers: ['the'], block: ['global admin'] })), ['the', 'global admin']);
  });
});

describe('compile rules: the entries', () => {
  it('each entry is compiled, with its answer, what it implies and whether it is background', () => {
    const compiled = compileLexicon(
      lexicon({
        entries: [
          { question: 'channel', option: 'vianet', patterns: ['21vianet'], implies: { cloud: 'china' } },
          { question: 'channel', option: 'ea', patterns: ['ea'], background: true },
          { question: 'service', option: 'usage', patterns: ['azure'] },
        ],
      }),
    );
    assert.deepStrictEqual(
      compiled.entries.map((e) => [e.language, e.question, e.option, e.implies, e.background]),
      [
        ['xx', 'channel', 'vianet', [['cloud', 'china']], false],
        ['xx', 'channel', 'ea', [], true],
        ['xx', 'service', 'usage', [], false],
      ],
    );
  });
  it('only a background of true makes an entry background', () => {
    const compiled = compileLexicon(lexicon({ entries: [rawEntry({ question: 'channel', option: 'ea', patterns: ['ea'], background: 'yes' })] }));
    assert.deepStrictEqual(
      compiled.entries.map((e) => e.background),
      [false],
    );
  });
  it('entries that give the same answer are one, with the patterns of both; other answers stay apart', () => {
    const compiled = compileLexicon(
      lexicon({
        entries: [
          { question: 'channel', option: 'ea', patterns: ['ea'] },
          { question: 'service', option: 'usage', patterns: ['azure'] },
          { question: 'channel', option: 'ea', patterns: ['enterprise agreement'] },
          { question: 'channel', option: 'ea', patterns: ['ela'], background: true },
        ],
      }),
    );
    assert.deepStrictEqual(
      compiled.entries.map((e) => [e.option, e.background, found(e.regex, 'an enterprise agreement'), found(e.regex, 'the ea'), found(e.regex, 'an ela')]),
      [
        ['ea', false, 'enterprise agreement', 'ea', undefined],
        ['usage', false, undefined, undefined, undefined],
        ['ea', true, undefined, undefined, 'ela'],
      ],
    );
    assert.deepStrictEqual(
      compiled.entries.map((e) => e.alternatives.length),
      [2, 1, 1],
    );
  });
});

describe('compile rules: the data is checked when it is compiled', () => {
  it('an unknown question stops the compilation, naming the entry', () => {
    const data = lexicon({
      entries: [{ question: 'channel', option: 'ea', patterns: ['ea'] }, rawEntry({ question: 'budget', option: 'ea', patterns: ['x'] })],
    });
    assert.throws(() => compileLexicon(data), /^Error: Unknown answer in lexicon xx, entry 1 \(budget=ea\)$/);
  });
  it('an option that is not one of its question stops the compilation', () => {
    const data = lexicon({ entries: [{ question: 'channel', option: 'reseller', patterns: ['x'] }] });
    assert.throws(() => compileLexicon(data), /^Error: Unknown answer in lexicon xx, entry 0 \(channel=reseller\)$/);
  });
  it('a China channel is an option of the channel question', () => {
    const compiled = compileLexicon(lexicon({ entries: [{ question: 'channel', option: 'formerAdvisor', patterns: ['x'] }] }));
    assert.deepStrictEqual(
      compiled.entries.map((e) => e.option),
      ['formerAdvisor'],
    );
  });
  it('an entry without patterns stops the compilation', () => {
    const data = lexicon({ entries: [{ question: 'service', option: 'usage', patterns: [] }] });
    assert.throws(() => compileLexicon(data), /^Error: No patterns in lexicon xx, entry 0 \(service=usage\)$/);
  });
  it('an implied answer that is no option stops the compilation', () => {
    const data = lexicon({ entries: [{ question: 'channel', option: 'vianet', patterns: ['x'], implies: { cloud: 'mars' } }] });
    assert.throws(() => compileLexicon(data), /^Error: Unknown implied answer in lexicon xx, entry 0 \(channel=vianet\)$/);
  });
  it('an invalid pattern of an entry names the entry', () => {
    const data = lexicon({ entries: [{ question: 'service', option: 'usage', patterns: ['azure', '(?<'] }] });
    assert.throws(() => compileLexicon(data), /^Error: Invalid pattern "\(\?<" in lexicon xx, entry 0 \(service=usage\): /);
  });
  it('an invalid respelling names the respellings', () => {
    assert.throws(() => compileLexicon(lexicon({ respell: { 'see ess(': 'cs' } })), /^Error: Invalid pattern "see ess\(" in lexicon xx respell: /);
  });

  // Each list of words, with an invalid pattern in it, and where the error must say it is.
  const lists: Array<[string, Partial<Lexicon>]> = [
    ['structure.or', { structure: { or: ['('] } }],
    ['structure.selfOf', { structure: { selfOf: ['('] } }],
    ['block', { block: ['('] }],
    ['markers', { markers: ['('] }],
    ['negation.before', { negation: { before: ['('] } }],
    ['negation.weakBefore', { negation: { before: ['no'], weakBefore: ['('] } }],
    ['negation.after', { negation: { before: ['no'], after: ['('] } }],
    ['negation.fillers', { negation: { before: ['no'], fillers: ['('] } }],
    ['corrections', { corrections: ['('] }],
    ['negation.hedges', { negation: { before: ['no'], hedges: ['('] } }],
    ['negation.hedgesAfter', { negation: { before: ['no'], hedgesAfter: ['('] } }],
    ['negation.doubtEnds', { negation: { before: ['no'], doubtEnds: ['('] } }],
    ['negation.doubtContrast', { negation: { before: ['no'], doubtContrast: ['('] } }],
    ['negation.doubtNow', { negation: { before: ['no'], doubtNow: ['('] } }],
    ['negation.reportedNo', { negation: { before: ['no'], reportedNo: ['('] } }],
  ];
  it('an invalid pattern in a list of words names the list, for every list', () => {
    for (const [where, partial] of lists) {
      assert.throws(
        () => compileLexicon(lexicon(partial)),
        (error: Error) => error.message.startsWith(`Invalid pattern "(" in lexicon xx ${where}: `),
        where,
      );
    }
  });
  it('an empty list of words is left out', () => {
    const compiled = compileLexicon(lexicon({ structure: { or: [] }, block: [], negation: { before: [] } }));
    assert.deepStrictEqual([compiled.or, compiled.block, compiled.negateBefore], [undefined, undefined, undefined]);
  });
});

describe('compile rules: the words for what was said at first are hedges too', () => {
  it('a lexicon with neither hedges nor words for what was said at first has no hedges', () => {
    assert.equal(compileLexicon(lexicon({ structure: {} })).hedges, undefined);
  });
  it('words for what was said at first alone make the hedges', () => {
    const hedges = compileLexicon(lexicon({ structure: { atFirst: ['at first'] } })).hedges!;
    assert.equal(found(hedges, 'at first they said ea'), 'at first');
  });
  it('hedges alone stay the hedges', () => {
    const hedges = compileLexicon(lexicon({ negation: { before: ['not'], hedges: ['maybe'] } })).hedges!;
    assert.equal(found(hedges, 'maybe ea'), 'maybe');
    assert.equal(found(hedges, 'at first they said ea'), undefined);
  });
});
