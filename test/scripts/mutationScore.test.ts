// The score docs/testing.md gives for src/domain is reproduced from the kept mutation results by
// `npm run mutation:score`: detected (killed or timed out) over detected, survived and not covered,
// with the mutants the type check rejects and the static ones left out on neither side.
import { strict as assert } from 'assert';
import { missedMutants, MutantStatus, mutationScores, percent, Report, ReportMutant, scoreTable } from '../../scripts/lib/mutationScore';

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
