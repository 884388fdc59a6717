// The figure for unseen text (issue 62's acceptance): the sealed sets in test/data/sealed/, each
// written by someone who saw neither the reader, its lexicons, its tests nor the other sets, and
// never read by those who work on the reader. They are kept compressed so that no search of the
// checkout shows a message. This prints totals only, per set and language: the messages read with
// every stated answer and no conflict, and how many reach a wrong row; never a message, an id or a
// kind, so the sets can be measured without being learnt. Always exits 0.
//
//   npm run nlu:sealed
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { LabelledUtterance, evaluate, projectRoot } from './bench-nlu';
import { usageIfAsked } from './lib/usage';

/** The sealed sets by name (the file name without `.json.gz`), each set's messages. */
export function loadSealed(dir = path.join(projectRoot(), 'test', 'data', 'sealed')): Map<string, LabelledUtterance[]> {
  const sets = new Map<string, LabelledUtterance[]>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json.gz'))
    .sort()) {
    const data = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8')) as { utterances: LabelledUtterance[] };
    sets.set(file.replace(/\.json\.gz$/, ''), data.utterances);
  }
  return sets;
}

/** One line per language and one for the set: read exactly / messages, and wrong rows. */
export function sealedTotals(utterances: readonly LabelledUtterance[]): string[] {
  const figures = evaluate(utterances);
  const line = (name: string, exact: number, all: number, wrong: number): string =>
    `${name.padEnd(6)} ${String(exact).padStart(4)} / ${String(all).padEnd(4)} ${(exact / Math.max(1, all)).toFixed(3)}   wrong rows ${wrong}`;
  return [
    ...figures.map((f) => line(f.lang, f.exact, f.utterances, f.wrong.length)),
    line(
      'all',
      figures.reduce((n, f) => n + f.exact, 0),
      utterances.length,
      figures.reduce((n, f) => n + f.wrong.length, 0),
    ),
  ];
}

function main(): void {
  usageIfAsked(
    'Usage: npm run nlu:sealed\nPrints the totals of the sealed sets in test/data/sealed/ (per language: read exactly, wrong rows); never a message.',
  );
  for (const [name, utterances] of loadSealed()) console.log(`\n${name}\n${sealedTotals(utterances).join('\n')}`);
}

if (require.main === module) main();
