// The score docs/testing.md gives for src/domain is reproduced from the kept mutation results by
// `npm run mutation:score`: detected (killed or timed out) over detected, survived and not covered,
// with the mutants the type check rejects and the static ones left out on neither side.
import { strict as assert } from 'assert';
import {
  explainedPlaces,
  explanations,
  missedMutants,
  MutantStatus,
  mutationScores,
  percent,
  Report,
  ReportMutant,
  scoreTable,
  stalePlaces,
  unexplainedMutants,
} from '../../scripts/lib/mutationScore';

let next = 0;
function mutant(status: MutantStatus, line = 1, replacement = 'false'): ReportMutant {
  next += 1;
  return { id: String(next), mutatorName: 'ConditionalExpression', replacement, status, location: { start: { line, column: 5 }, end: { line, column: 9 } } };
}

function many(n: number, status: MutantStatus): ReportMutant[] {
  return Array.from({ length: n }, () => mutant(status));
}

const REPORT: Report = {
  files: {
    'src/domain/a.ts': {
      mutants: [
        ...many(6, 'Killed'),
        ...many(1, 'Timeout'),
        mutant('Survived', 12, 'true'),
        ...many(2, 'NoCoverage'),
        ...many(4, 'CompileError'),
        ...many(3, 'Ignored'),
      ],
    },
    'src/domain/b/c.ts': { mutants: [...many(3, 'Killed'), ...many(1, 'RuntimeError')] },
    'src/domain/types.ts': { mutants: [...many(2, 'Ignored')] },
    'src/conversation/flow.ts': { mutants: many(5, 'Survived') },
  },
};

describe('mutation score of src/domain from the kept results', () => {
  const scores = mutationScores(REPORT, 'src/domain/', ['src/domain/a.ts', 'src/domain/records.ts']);

  it('scores a file as detected over detected, survived and not covered', () => {
    const a = scores.files.find((f) => f.file === 'src/domain/a.ts')!;
    // 6 killed + 1 timed out of 6 + 1 + 1 survived + 2 not covered: 7 of 10.
    assert.deepEqual(
      { killed: a.killed, timedOut: a.timedOut, survived: a.survived, noCoverage: a.noCoverage, invalid: a.invalid, ignored: a.ignored, score: a.score },
      { killed: 6, timedOut: 1, survived: 1, noCoverage: 2, invalid: 4, ignored: 3, score: 70 },
    );
  });

  it('leaves mutants the type check rejects, runtime errors and static ones out of the score', () => {
    assert.equal(scores.files.find((f) => f.file === 'src/domain/b/c.ts')!.score, 100);
    assert.equal(scores.files.find((f) => f.file === 'src/domain/types.ts')!.score, undefined, 'only static mutants: nothing to score');
  });

  it('totals every file under the folder and nothing outside it', () => {
    // (7 + 3) detected of (10 + 3): the five survivors in src/conversation do not count.
    assert.equal(scores.total.score, (100 * 10) / 13);
    assert.equal(scores.total.survived, 1);
    assert.deepEqual(
      scores.files.map((f) => f.file),
      ['src/domain/a.ts', 'src/domain/b/c.ts', 'src/domain/records.ts', 'src/domain/types.ts'],
    );
  });

  it('lists a source file the results do not hold as not run, with nothing scored', () => {
    const records = scores.files.find((f) => f.file === 'src/domain/records.ts')!;
    assert.equal(records.run, false);
    assert.equal(records.score, undefined);
    assert.match(scoreTable(scores, 'src/domain/'), /\| `records\.ts` \| no results \|/);
  });

  it('writes the table with the total last', () => {
    const lines = scoreTable(scores, 'src/domain/').split('\n');
    assert.equal(lines[2], '| `a.ts` | 70.0 % | 7 (1) | 1 | 2 | 4 | 3 |');
    assert.equal(lines.at(-1), '| **all of `src/domain`** | 76.9 % | 10 (1) | 1 | 2 | 5 | 5 |');
  });

  it('lists each mutant no test caught with its place and replacement', () => {
    assert.deepEqual(
      missedMutants(REPORT, 'src/domain/').filter((line) => line.includes('Survived')),
      ['src/domain/a.ts:12:5 Survived ConditionalExpression → true'],
    );
    assert.equal(missedMutants(REPORT, 'src/domain/').filter((line) => line.includes('NoCoverage')).length, 2);
  });

  it('writes a score to one decimal, and a dash for none', () => {
    assert.equal(percent(66.66), '66.7 %');
    assert.equal(percent(undefined), '–');
  });
});

describe('survivors of src/domain that no explanation names (--unexplained)', () => {
  const at = (line: number, status: MutantStatus = 'Survived'): ReportMutant => mutant(status, line);
  const SURVIVORS: Report = {
    files: {
      'src/domain/understanding/desire.ts': { mutants: [at(42), at(42), at(51), at(60), at(7, 'Killed')] },
      'src/domain/understanding/thread.ts': { mutants: [at(35), at(37), at(81), at(99)] },
      'src/domain/contentPack/check.ts': { mutants: [at(39), at(82), at(83), at(84), at(85), at(93)] },
      'src/domain/keptJson.ts': { mutants: [at(218), at(219), at(300, 'NoCoverage')] },
      'src/domain/rules.ts': { mutants: [at(97), at(12)] },
      'src/protocols/http/hosts.ts': { mutants: [at(5)] },
    },
  };
  const DOC = [
    '### A pass: desire.ts and thread.ts',
    '',
    '| File | Before | After |',
    '| --- | --- | --- |',
    '| `understanding/desire.ts` | 80 % | 90 % |',
    '| `rules.ts:12` | killed by the test below | |',
    '',
    '| line | mutant | why no input tells it apart |',
    '| --- | --- | --- |',
    '| `:42` | `w.start < o.end` → `<=` | a reason; not `:60`, named only in the why |',
    '| `:51` (2), `thread.ts:35` (3) | two mutants | a reason |',
    '| `:37` | `/^p/i` → `/p/i` | the file named in the row before |',
    '',
    'Equivalent (no test can tell them from the code):',
    '',
    '- `thread.ts:36`: a reason.',
    '- `:81` (2): the file named by the item before.',
    '- `keptJson.ts:300` (not covered): a reason.',
    '',
    'Not sorted:',
    '',
    '- `thread.ts:99`: not explained, though in a list.',
    '',
    "Not equivalent, but out of a mutation run's reach: `keptJson.ts:218` and `rules.ts:96,",
    '97` (the second line of the paragraph).',
    '',
    '### Another pass: check.ts',
    '',
    '| line | mutant | why no input tells it apart |',
    '| --- | --- | --- |',
    "| `:39` | the section's file | a reason |",
    '| `:82` to `:84`, `:93` | a range and a list | a reason |',
  ].join('\n');

  it('matches a bare line to the file named before it in the row, the rows above or the heading', () => {
    const places = explainedPlaces(DOC);
    assert.deepEqual(
      [...(places.get('thread.ts') ?? [])].sort((a, b) => a - b),
      [35, 36, 37, 81],
    );
    assert.deepEqual(
      [...(places.get('desire.ts') ?? [])].sort((a, b) => a - b),
      [42, 51],
    );
    assert.deepEqual(
      [...(places.get('check.ts') ?? [])].sort((a, b) => a - b),
      [39, 82, 83, 84, 93],
    );
  });

  it("reads the paragraphs of mutants out of a run's reach, over their line breaks", () => {
    assert.deepEqual(
      [...(explainedPlaces(DOC).get('rules.ts') ?? [])].sort((a, b) => a - b),
      [96, 97],
    );
    assert.deepEqual(
      [...(explainedPlaces(DOC).get('keptJson.ts') ?? [])].sort((a, b) => a - b),
      [218, 300],
    );
  });

  it('lists every survivor and not covered mutant of the folder that no explanation names', () => {
    assert.deepEqual(
      unexplainedMutants(SURVIVORS, 'src/domain/', DOC).map((line) => line.split(' ')[0]),
      [
        // A line inside a range's bounds is explained (`:83`); one past it is not.
        'src/domain/contentPack/check.ts:85:5',
        // A place named only in a results table.
        'src/domain/keptJson.ts:219:5',
        // A line only the "why" column names.
        'src/domain/rules.ts:12:5',
        // Two survivors on a line its one row (no count) explains once.
        'src/domain/understanding/desire.ts:42:5',
        'src/domain/understanding/desire.ts:42:5',
        'src/domain/understanding/desire.ts:60:5',
        // Under "Not sorted", not under "Equivalent".
        'src/domain/understanding/thread.ts:99:5',
      ],
    );
  });

  it('lists every mutant of a line that holds more than its rows explain, with both numbers', () => {
    const report: Report = {
      files: { 'src/domain/understanding/desire.ts': { mutants: [mutant('Survived', 42, 'w.start <= o.end'), mutant('Survived', 42, 'true')] } },
    };
    assert.deepEqual(unexplainedMutants(report, 'src/domain/', DOC), [
      'src/domain/understanding/desire.ts:42:5 Survived ConditionalExpression → w.start <= o.end  [2 on the line, explained for 1]',
      'src/domain/understanding/desire.ts:42:5 Survived ConditionalExpression → true  [2 on the line, explained for 1]',
    ]);
    // One survivor there is the one the row explains.
    const one: Report = { files: { 'src/domain/understanding/desire.ts': { mutants: [mutant('Survived', 42, 'w.start <= o.end')] } } };
    assert.deepEqual(unexplainedMutants(one, 'src/domain/', DOC), []);
  });

  it('lists nothing when every survivor is explained, and everything when nothing is', () => {
    const explained: Report = { files: { 'src/domain/understanding/thread.ts': { mutants: [at(35), at(37)] } } };
    assert.deepEqual(unexplainedMutants(explained, 'src/domain/', DOC), []);
    assert.equal(unexplainedMutants(SURVIVORS, 'src/domain/', '# Tests\n\nNothing explained.').length, 19);
  });
});

describe('how many mutants of a line an explanation accounts for (--unexplained)', () => {
  const DOC = [
    '### A pass: `understanding/tier.ts`',
    '',
    '| line | mutation | why no input tells it apart |',
    '| --- | --- | --- |',
    '| `:23` (4) | four conditions → `true` | a count after the place |',
    '| `:30` | `a < b` → `<=` | no count: one mutant |',
    '| `:40` (2: one not covered) | `?? []` and its branch | a count with a colon after it |',
    '| `:51` `a - 1` → `a + 1` (2) | both signs | a count ending the cell, after the mutation |',
    '| `:60, 61` (3) | three returns emptied | lines written as one place share the count |',
    '| `:70` (2, and 1 not covered) | three mutants | survivors and not covered added up |',
    '| `:80` (not covered) | `?? 0` → `?? 1` | a bracket of words only: one mutant |',
    '| `:90` to `:92` | a range | no count: every mutant on each line |',
    '',
    'Equivalent (no test can tell them from the code):',
    '',
    '- `:100` (2: `x` and `y`): a count in a list.',
    '- `:101`: one mutant.',
    '',
    "Out of a run's reach: `tier.ts:110` (the memo emptied, or kept) and `:111` (1 of 2).",
    '',
    '### A later pass',
    '',
    '| line | mutation | why no input tells it apart |',
    '| --- | --- | --- |',
    '| `tier.ts:30` | `a < b` → `false` | a second row of the line, in another section |',
  ].join('\n');

  let column = 0;
  const on = (line: number, n: number, status: MutantStatus = 'Survived'): ReportMutant[] =>
    Array.from({ length: n }, () => {
      column += 1;
      return {
        id: `c${column}`,
        mutatorName: 'ConditionalExpression',
        replacement: 'true',
        status,
        location: { start: { line, column }, end: { line, column: column + 1 } },
      };
    });

  it('reads the count each place grants, one without a count, every mutant for a range or a place out of reach', () => {
    const granted = explanations(DOC).map((e) => `${e.file}:${e.lines.join(',')} ${e.count ?? 'every'}`);
    assert.deepEqual(granted, [
      'understanding/tier.ts:23 4',
      'understanding/tier.ts:30 1',
      'understanding/tier.ts:40 2',
      'understanding/tier.ts:51 2',
      'understanding/tier.ts:60 3',
      'understanding/tier.ts:61 3',
      'understanding/tier.ts:70 3',
      'understanding/tier.ts:80 1',
      'understanding/tier.ts:90,91,92 every',
      'understanding/tier.ts:100 2',
      'understanding/tier.ts:101 1',
      'tier.ts:110 every',
      'tier.ts:111 1',
      'tier.ts:30 1',
    ]);
  });

  it('lists the mutants of each line holding more than its explanations grant, and those of lines none names', () => {
    column = 0;
    const report: Report = {
      files: {
        'src/domain/understanding/tier.ts': {
          mutants: [
            ...on(23, 5),
            ...on(30, 2),
            ...on(40, 1),
            ...on(40, 1, 'NoCoverage'),
            ...on(51, 2),
            ...on(60, 3),
            ...on(61, 1),
            ...on(70, 2),
            ...on(70, 1, 'NoCoverage'),
            ...on(80, 2, 'NoCoverage'),
            ...on(91, 4),
            ...on(100, 2),
            ...on(101, 2),
            ...on(110, 3),
            ...on(111, 2),
            ...on(120, 1),
            ...on(23, 3, 'Killed'),
          ],
        },
      },
    };
    assert.deepEqual(
      unexplainedMutants(report, 'src/domain/', DOC).map((line) => line.replace(/ ConditionalExpression → true/, '')),
      [
        ...[1, 2, 3, 4, 5].map((c) => `src/domain/understanding/tier.ts:23:${c} Survived  [5 on the line, explained for 4]`),
        'src/domain/understanding/tier.ts:80:19 NoCoverage  [2 on the line, explained for 1]',
        'src/domain/understanding/tier.ts:80:20 NoCoverage  [2 on the line, explained for 1]',
        'src/domain/understanding/tier.ts:101:27 Survived  [2 on the line, explained for 1]',
        'src/domain/understanding/tier.ts:101:28 Survived  [2 on the line, explained for 1]',
        'src/domain/understanding/tier.ts:111:32 Survived  [2 on the line, explained for 1]',
        'src/domain/understanding/tier.ts:111:33 Survived  [2 on the line, explained for 1]',
        'src/domain/understanding/tier.ts:120:34 Survived',
      ],
    );
  });

  it('lists nothing once every line holds no more than its explanations grant', () => {
    column = 0;
    const report: Report = { files: { 'src/domain/understanding/tier.ts': { mutants: [...on(23, 4), ...on(30, 2), ...on(91, 9), ...on(110, 5)] } } };
    assert.deepEqual(unexplainedMutants(report, 'src/domain/', DOC), []);
  });
});

describe('places explained where no mutant is left (--stale)', () => {
  const DOC = [
    '### A pass: `understanding/tier.ts`',
    '',
    '| line | mutation | why no input tells it apart |',
    '| --- | --- | --- |',
    '| `:23` (2) | a survivor still there | a reason |',
    '| `:30`, `:31` | one still there, one killed since | a reason |',
    '| `:40` to `:42` | a range, one line of it still holding one | a reason |',
    '| `:50` to `:52` | a range none of whose lines holds one | a reason |',
    '| `:60` (not covered) | not covered, still there | a reason |',
    '| `gone.ts:7` | a file the results do not hold | a reason |',
    '',
    "Out of a run's reach: `tier.ts:70` and `:80`.",
    '',
    '| line | mutation | result |',
    '| --- | --- | --- |',
    '| `tier.ts:90` | a table that asks no why | killed |',
  ].join('\n');
  const REPORT: Report = {
    files: {
      'src/domain/understanding/tier.ts': {
        mutants: [
          mutant('Survived', 23),
          mutant('Survived', 23),
          mutant('Survived', 30),
          mutant('Killed', 31),
          mutant('Survived', 41),
          mutant('Killed', 51),
          mutant('NoCoverage', 60),
          mutant('Survived', 70),
          mutant('Timeout', 80),
        ],
      },
      'src/protocols/understanding/tier.ts': { mutants: [mutant('Survived', 31)] },
    },
  };

  it('lists each place on a line holding no survivor or not covered mutant, with the line of the text it is on', () => {
    assert.deepEqual(
      stalePlaces(REPORT, 'src/domain/', DOC).map((s) => `${s.place} @${s.at}`),
      ['understanding/tier.ts:31 @6', 'understanding/tier.ts:50-52 @8', 'gone.ts:7 @10', 'tier.ts:80 @12'],
    );
  });

  it("keeps the explanation's text with the place", () => {
    assert.equal(stalePlaces(REPORT, 'src/domain/', DOC)[0]!.text, '| `:30`, `:31` | one still there, one killed since | a reason |');
  });

  it('lists nothing when every place holds a mutant no test caught', () => {
    const doc = ['| line | mutation | why no input tells it apart |', '| --- | --- | --- |', '| `tier.ts:23`, `:41` to `:42` | two places | a reason |'].join(
      '\n',
    );
    assert.deepEqual(stalePlaces(REPORT, 'src/domain/', doc), []);
  });
});
