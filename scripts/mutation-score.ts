// Prints the mutation score of each file of src/domain and src/protocols and of the whole of each,
// from the results the mutation runs keep (test/mutation/incremental.json), so the figure in
// docs/testing.md can be reproduced without running Stryker again. Usage: npm run mutation:score [-- --markdown] [--missed]
import * as fs from 'fs';
import * as path from 'path';
import { missedMutants, mutationScores, percent, Report, scoreTable } from './lib/mutationScore';
import { PROJECT_ROOT } from './lib/paths';
import { usageIfAsked } from './lib/usage';

const USAGE = `Usage: npm run mutation:score [-- --markdown] [--missed]
Prints the mutation score of each file of src/domain and src/protocols and each one's total, from
test/mutation/incremental.json (what npm run test:mutation keeps). A file the results do not hold is listed as "no results": not run
yet, or nothing in it to mutate (types only).
  --markdown   the table docs/testing.md shows
  --missed     also every mutant no test caught (survived, or not covered), one a line`;

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
  const unknown = args.find((arg) => arg !== '--markdown' && arg !== '--missed');
  if (unknown !== undefined) {
    console.error(`mutation:score: unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  const report = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'mutation', 'incremental.json'), 'utf8')) as Report;
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
