// Prints the mutation score of each file of src/domain and src/protocols and of the whole of each,
// from the results the mutation runs keep (test/mutation/incremental.json), so the figure in
// docs/testing.md can be reproduced without running Stryker again, and (--unexplained) checks that
// every mutant of src/domain no test catches is explained there, and (--stale) that no explanation
// names a line where none is left. Usage: below.
import * as fs from 'fs';
import * as path from 'path';
import { missedLines, missedMutants, mutationScores, percent, Report, scoreTable, stalePlaces, unexplainedMutants } from './lib/mutationScore';
import { PROJECT_ROOT } from './lib/paths';
import { usageIfAsked } from './lib/usage';

const USAGE = `Usage: npm run mutation:score [-- --markdown] [--missed] [--unexplained] [--stale]
Prints the mutation score of each file of src/domain and src/protocols and each one's total, from
test/mutation/incremental.json (what npm run test:mutation keeps). A file the results do not hold is listed as "no results": not run
yet, or nothing in it to mutate (types only).
  --markdown   the table docs/testing.md shows
  --missed     also every mutant no test caught (survived, or not covered), one a line
  --unexplained  only the mutants of src/domain no test caught that docs/testing.md does not explain,
               one a line; exits 1 when any is left. A mutant is explained when its file and line
               are named in the first cell of a row of a table whose last heading cell asks "why"
               (the tables of equivalent mutants), in an item of a list that a line "Equivalent …:"
               opens, or anywhere in a paragraph that says "out of a run's reach", and the line
               holds no more such mutants than the places naming it grant: a place grants the count
               in brackets after it (":57 (6)", ":36 (4 of 5)", ":16 (2: …)", ":146 (2, and 2 not
               covered)" four), one when it has no number; a count ending a table's first cell, after
               the mutation, is the place's named last; ":98, 100 (4)" grants the count to each
               line; a range, and a place out of a run's reach without a count, every mutant on
               its lines; what several places grant one line adds up. On a line holding more, every
               one of its mutants is listed, with both numbers: which of them the rows mean is for
               a reader to tell. Places read: file.ts:LINE (a file is named by the end of its
               path); a bare :LINE, of the file named last before it (in the cell, in the table's or
               the list's earlier rows, else the first file the section's heading names); lists
               ":A, B", ":A (2), B", ":A", ":B"; ranges ":A to :B" and ":A-B". Backticks are ignored.
               When the code moves, the rows' line numbers have to follow.
  --stale      only the places docs/testing.md explains (read as for --unexplained) that name no
               line of src/domain holding a mutant no test caught, one a line: the place, the line
               of docs/testing.md its explanation starts on, and the start of its text; exits 1 when
               any is left. Such a place is a row left on a line whose code has moved, or whose
               mutant a test now kills; a range only when none of its lines holds one.`;

// The rooms a mutation run mutates: the domain, and the pure rules of what crosses the wire.
const PREFIXES = ['src/domain/', 'src/protocols/'];

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${dir}${name.split(path.sep).join('/')}`);
}

function main(): number {
  usageIfAsked(USAGE);
  const args = process.argv.slice(2);
  const unknown = args.find((arg) => !['--markdown', '--missed', '--unexplained', '--stale'].includes(arg));
  if (unknown !== undefined) {
    console.error(`mutation:score: unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  const report = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'mutation', 'incremental.json'), 'utf8')) as Report;
  if (args.includes('--stale')) {
    const markdown = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'testing.md'), 'utf8');
    const stale = stalePlaces(report, 'src/domain/', markdown);
    for (const s of stale) console.log(`${s.place}  docs/testing.md:${s.at}  ${s.text.replace(/\s+/g, ' ').slice(0, 80)}`);
    console.log(`${stale.length} place(s) docs/testing.md explains that hold no mutant of src/domain no test caught`);
    return stale.length === 0 ? 0 : 1;
  }
  if (args.includes('--unexplained')) {
    const markdown = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'testing.md'), 'utf8');
    const left = unexplainedMutants(report, 'src/domain/', markdown);
    const over = missedLines(report, 'src/domain/', markdown).filter((l) => l.granted > 0 && l.missed.length > l.granted);
    for (const line of left) console.log(line);
    console.log(
      `${left.length} mutant(s) of src/domain no test caught and docs/testing.md does not explain` +
        (over.length === 0
          ? ''
          : ` (${over.reduce((sum, l) => sum + l.missed.length, 0)} of them on ${over.length} line(s) holding ` +
            `${over.reduce((sum, l) => sum + l.missed.length - l.granted, 0)} more than their explanations count)`),
    );
    return left.length === 0 ? 0 : 1;
  }
  for (const [index, prefix] of PREFIXES.entries()) {
    if (index > 0) console.log('');
    const scores = mutationScores(report, prefix, sourceFiles(prefix));
    if (args.includes('--markdown')) {
      console.log(scoreTable(scores, prefix));
      continue;
    }
    for (const s of scores.files) {
      const line = s.run ? `${percent(s.score)}  killed ${s.killed + s.timedOut}, survived ${s.survived}, not covered ${s.noCoverage}` : 'no results';
      console.log(`${s.file.slice(prefix.length).padEnd(46)} ${line}`);
    }
    const t = scores.total;
    console.log(
      `\nall of ${prefix.replace(/\/$/, '')}: ${percent(t.score)} (killed ${t.killed + t.timedOut}, survived ${t.survived}, not covered ${t.noCoverage}; ` +
        `${t.invalid} rejected by the type check and ${t.ignored} static mutants left out)`,
    );
  }
  if (args.includes('--missed')) {
    console.log('');
    for (const prefix of PREFIXES) for (const line of missedMutants(report, prefix)) console.log(line);
  }
  return 0;
}

process.exitCode = main();
