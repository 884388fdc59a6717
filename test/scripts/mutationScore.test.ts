// The score docs/testing.md gives for src/domain is reproduced from the kept mutation results by
// `npm run mutation:score`: detected (killed or timed out) over detected, survived and not covered,
// with the mutants the type check rejects and the static ones left out on neither side.
import { strict as assert } from 'assert';
import {
  explainedPlaces,
  missedMutants,
  MutantStatus,
  mutationScores,
  percent,
  Report,
  ReportMutant,
  scoreTable,
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
        'src/domain/understanding/desire.ts:60:5',
        // Under "Not sorted", not under "Equivalent".
        'src/domain/understanding/thread.ts:99:5',
      ],
    );
  });

  it('counts a line explained for every mutant on it, whatever mutation the row writes', () => {
    const report: Report = { files: { 'src/domain/understanding/desire.ts': { mutants: [mutant('Survived', 42, 'w.start >= o.end')] } } };
    assert.deepEqual(unexplainedMutants(report, 'src/domain/', DOC), []);
  });

  it('lists nothing when every survivor is explained, and everything when nothing is', () => {
    const explained: Report = { files: { 'src/domain/understanding/thread.ts': { mutants: [at(35), at(37)] } } };
    assert.deepEqual(unexplainedMutants(explained, 'src/domain/', DOC), []);
    assert.equal(unexplainedMutants(SURVIVORS, 'src/domain/', '# Tests\n\nNothing explained.').length, 19);
  });
});
