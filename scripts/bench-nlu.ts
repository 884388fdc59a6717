// Measures the free-text understanding on the labelled utterances (test/data/utterances.json):
// per language, slot precision and recall, the share of messages understood exactly (answers and
// conflicts), and how many fully stated cases would get a wrong verdict. Always exits 0.
//
//   npx tsx scripts/bench-nlu.ts [--failures]
import * as fs from 'fs';
import * as path from 'path';
import { Answers, QUESTION_IDS, QuestionId, isComplete } from '../src/domain/questions';
import { decide } from '../src/domain/rules';
import { DEFAULT_EDITION } from '../src/domain/editions';
import { understand } from '../src/domain/understanding';

export interface LabelledUtterance {
  id: string;
  lang: string;
  text: string;
  answers: Answers;
  conflicts?: QuestionId[];
}

export interface LanguageFigures {
  lang: string;
  utterances: number;
  predictedSlots: number;
  expectedSlots: number;
  correctSlots: number;
  precision: number;
  recall: number;
  exact: number;
  exactRate: number;
  complete: number;
  wrongVerdicts: number;
  failures: Array<{ id: string; text: string; expected: unknown; got: unknown }>;
}

export function loadUtterances(file: string): LabelledUtterance[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { utterances: LabelledUtterance[] };
  return data.utterances;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Expected and got, compared slot by slot and as a whole. */
export function evaluate(utterances: readonly LabelledUtterance[]): LanguageFigures[] {
  const byLang = new Map<string, LanguageFigures>();
  for (const u of utterances) {
    let f = byLang.get(u.lang);
    if (!f) {
      f = {
        lang: u.lang,
        utterances: 0,
        predictedSlots: 0,
        expectedSlots: 0,
        correctSlots: 0,
        precision: 1,
        recall: 1,
        exact: 0,
        exactRate: 0,
        complete: 0,
        wrongVerdicts: 0,
        failures: [],
      };
      byLang.set(u.lang, f);
    }
    const got = understand(u.text);
    f.utterances++;
    let slotsOk = true;
    for (const q of QUESTION_IDS) {
      const e = u.answers[q];
      const g = got.answers[q];
      if (e !== undefined) f.expectedSlots++;
      if (g !== undefined) f.predictedSlots++;
      if (e !== undefined && e === g) f.correctSlots++;
      if (e !== g) slotsOk = false;
    }
    const conflictsOk = sameSet(u.conflicts ?? [], got.conflicts);
    if (slotsOk && conflictsOk) f.exact++;
    else
      f.failures.push({
        id: u.id,
        text: u.text,
        expected: { answers: u.answers, conflicts: u.conflicts ?? [] },
        got: { answers: got.answers, conflicts: got.conflicts },
      });

    if (isComplete(u.answers)) {
      f.complete++;
      // A wrong verdict: the understood answers are complete too, but lead elsewhere.
      if (isComplete(got.answers)) {
        const want = decide(u.answers, DEFAULT_EDITION);
        const have = decide(got.answers, DEFAULT_EDITION);
        if (want.verdict !== have.verdict || want.row !== have.row) f.wrongVerdicts++;
      }
    }
  }
  for (const f of byLang.values()) {
    f.precision = f.predictedSlots === 0 ? 1 : f.correctSlots / f.predictedSlots;
    f.recall = f.expectedSlots === 0 ? 1 : f.correctSlots / f.expectedSlots;
    f.exactRate = f.utterances === 0 ? 1 : f.exact / f.utterances;
  }
  return [...byLang.values()];
}

function total(figures: readonly LanguageFigures[]): LanguageFigures {
  const t = figures.reduce(
    (a, f) => ({
      ...a,
      utterances: a.utterances + f.utterances,
      predictedSlots: a.predictedSlots + f.predictedSlots,
      expectedSlots: a.expectedSlots + f.expectedSlots,
      correctSlots: a.correctSlots + f.correctSlots,
      exact: a.exact + f.exact,
      complete: a.complete + f.complete,
      wrongVerdicts: a.wrongVerdicts + f.wrongVerdicts,
    }),
    {
      lang: 'all',
      utterances: 0,
      predictedSlots: 0,
      expectedSlots: 0,
      correctSlots: 0,
      precision: 1,
      recall: 1,
      exact: 0,
      exactRate: 0,
      complete: 0,
      wrongVerdicts: 0,
      failures: [],
    } as LanguageFigures,
  );
  t.precision = t.predictedSlots === 0 ? 1 : t.correctSlots / t.predictedSlots;
  t.recall = t.expectedSlots === 0 ? 1 : t.correctSlots / t.expectedSlots;
  t.exactRate = t.utterances === 0 ? 1 : t.exact / t.utterances;
  return t;
}

function table(figures: readonly LanguageFigures[]): string {
  const head = ['language', 'utterances', 'slot precision', 'slot recall', 'exact match', 'complete', 'wrong verdicts'];
  const rows = [...figures, total(figures)].map((f) => [
    f.lang,
    String(f.utterances),
    f.precision.toFixed(3),
    f.recall.toFixed(3),
    `${f.exactRate.toFixed(3)} (${f.exact}/${f.utterances})`,
    String(f.complete),
    String(f.wrongVerdicts),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function timing(utterances: readonly LabelledUtterance[]): string {
  const rounds = 20;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const u of utterances) understand(u.text);
  const perCall = Number(process.hrtime.bigint() - start) / 1e3 / (rounds * utterances.length);
  return `mean time per message: ${perCall.toFixed(1)} µs`;
}

/** The checkout's root (where package.json is), whether this runs from scripts/ or dist/scripts/. */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

function main(): void {
  const file = path.join(projectRoot(), 'test', 'data', 'utterances.json');
  const utterances = loadUtterances(file);
  const figures = evaluate(utterances);
  console.log(table(figures));
  console.log(timing(utterances));
  if (process.argv.includes('--failures')) {
    for (const f of figures)
      for (const x of f.failures) console.log(`${x.id}  ${x.text}\n   expected ${JSON.stringify(x.expected)}\n   got      ${JSON.stringify(x.got)}`);
  }
  process.exitCode = 0;
}

if (require.main === module) main();
