// Measures the free-text understanding on the labelled sets (test/data/utterances.json, the
// team's sentences, test/data/call-utterances.json, messages typed during a call, and
// test/data/blind-dev.json, messages written blind, each with its kind, also counted per kind): per
// language, slot precision and recall, the share of messages understood exactly (answers and
// conflicts), the messages with a conflict, how many reach a wrong row (the understood answers
// are complete and the policy rules send them elsewhere), and the time per message (p50, p99).
// Always exits 0.
//
//   npx tsx scripts/bench-nlu.ts [--failures]
import * as fs from 'fs';
import * as path from 'path';
import { Answers, QUESTION_IDS, QuestionId, isComplete } from '../src/domain/questions';
import { decide } from '../src/domain/rules';
import { DEFAULT_EDITION } from '../src/domain/editions';
import { understand } from '../src/domain/understanding';
import { usageIfAsked } from './lib/usage';
import { MAX_TYPED_TEXT, typedText } from '../src/conversation/advisor/typedInput';

export interface LabelledUtterance {
  id: string;
  lang: string;
  text: string;
  answers: Answers;
  conflicts?: QuestionId[];
  /** The shape of the message (blind set only): thread, eitherOr, spoken, whose… */
  kind?: string;
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
  /** Messages the reading left with a conflict the labels do not expect. */
  conflicts: number;
  failures: Array<{ id: string; text: string; expected: unknown; got: unknown }>;
  /** The ids of the messages that reach a wrong row. */
  wrong: string[];
}

export function loadUtterances(file: string): LabelledUtterance[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { utterances: LabelledUtterance[] };
  return data.utterances;
}

/** The questions a reading asks next: those left with two answers and those answered under a doubt. */
export function askedOf(got: ReturnType<typeof understand>): QuestionId[] {
  return [...new Set([...got.conflicts, ...(Object.keys(got.hedged ?? {}) as QuestionId[])])];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Expected and got, compared slot by slot and as a whole. */
export function evaluate(utterances: readonly LabelledUtterance[], groupBy: (u: LabelledUtterance) => string = (u) => u.lang): LanguageFigures[] {
  const byLang = new Map<string, LanguageFigures>();
  for (const u of utterances) {
    const group = groupBy(u);
    let f = byLang.get(group);
    if (!f) {
      f = {
        lang: group,
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
        conflicts: 0,
        failures: [],
        wrong: [],
      };
      byLang.set(group, f);
    }
    // Read as every host hands a message to the reader (its lines kept, its line ends trimmed).
    const got = understand(typedText(u.text));
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
    // A question the message leaves open is asked: two answers left open (a conflict) or one said
    // under a doubt (hedged, asked back by name). The labels list both as conflicts.
    const asked = askedOf(got);
    const conflictsOk = sameSet(u.conflicts ?? [], asked);
    if (asked.some((q) => !(u.conflicts ?? []).includes(q))) f.conflicts++;
    if (slotsOk && conflictsOk) f.exact++;
    else
      f.failures.push({
        id: u.id,
        text: u.text,
        expected: { answers: u.answers, conflicts: u.conflicts ?? [] },
        got: { answers: got.answers, conflicts: asked },
      });

    if (isComplete(u.answers)) f.complete++;
    // A wrong row: the understood answers are complete, but lead elsewhere than the labels.
    if (isComplete(got.answers)) {
      let wrong = true;
      if (isComplete(u.answers)) {
        const want = decide(u.answers, DEFAULT_EDITION);
        const have = decide(got.answers, DEFAULT_EDITION);
        wrong = want.verdict !== have.verdict || want.row !== have.row;
      }
      if (wrong) {
        f.wrongVerdicts++;
        f.wrong.push(u.id);
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
      conflicts: a.conflicts + f.conflicts,
      wrong: [...a.wrong, ...f.wrong],
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
      conflicts: 0,
      failures: [],
      wrong: [],
    } as LanguageFigures,
  );
  t.precision = t.predictedSlots === 0 ? 1 : t.correctSlots / t.predictedSlots;
  t.recall = t.expectedSlots === 0 ? 1 : t.correctSlots / t.expectedSlots;
  t.exactRate = t.utterances === 0 ? 1 : t.exact / t.utterances;
  return t;
}

function table(figures: readonly LanguageFigures[], first = 'language'): string {
  const head = [first, 'utterances', 'slot precision', 'slot recall', 'exact match', 'unexpected conflicts', 'complete', 'wrong rows'];
  const rows = [...figures, total(figures)].map((f) => [
    f.lang,
    String(f.utterances),
    f.precision.toFixed(3),
    f.recall.toFixed(3),
    `${f.exactRate.toFixed(3)} (${f.exact}/${f.utterances})`,
    String(f.conflicts),
    String(f.complete),
    String(f.wrongVerdicts),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * Milliseconds per message: each message is timed alone in every round and keeps its lowest time
 * (other work on a shared machine only ever adds to a measurement), then p50 and p99 over the
 * messages. The mean is over all rounds, so it shows what the machine's load added.
 */
export function timing(utterances: readonly LabelledUtterance[], rounds = 20): { p50: number; p99: number; mean: number } {
  const texts = utterances.map((u) => typedText(u.text));
  for (const text of texts) understand(text);
  const best = utterances.map(() => Infinity);
  let sum = 0;
  for (let r = 0; r < rounds; r++)
    texts.forEach((text, i) => {
      const start = process.hrtime.bigint();
      understand(text);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      sum += ms;
      best[i] = Math.min(best[i]!, ms);
    });
  best.sort((a, b) => a - b);
  const at = (q: number): number => best[Math.min(best.length - 1, Math.floor(q * best.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), mean: sum / Math.max(1, rounds * utterances.length) };
}

/** The checkout's root (where package.json is), whether this runs from scripts/ or dist/scripts/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/**
 * Messages as long as a user may type, each made of one short piece over and over, to find a pass
 * whose work grows faster than the message: lone letters (spelled words), short words, marks.
 */
export const CRAFTED_PIECES = [
  'x ',
  'a a ',
  'e ',
  'я ',
  'ab ',
  'a, ',
  '的 ',
  '2. ',
  '> ',
  '→ ',
  'not ',
  'or ',
  'v5: ',
  '"',
  '(',
  'x\n',
  '> EA\n',
  'rev 1: EA\n',
  'a\tb\n',
] as const;

/** The slowest crafted message: its piece and its time (the lowest of `rounds` runs, in ms). */
export function craftedWorst(rounds = 3): { piece: string; ms: number } {
  let worst = { piece: '', ms: 0 };
  for (const piece of CRAFTED_PIECES) {
    const text = piece.repeat(Math.ceil(MAX_TYPED_TEXT / piece.length)).slice(0, MAX_TYPED_TEXT);
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const start = process.hrtime.bigint();
      understand(text);
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    }
    if (best > worst.ms) worst = { piece, ms: best };
  }
  return worst;
}

const SETS = [
  'utterances.json',
  'call-utterances.json',
  'blind-dev.json',
  'blind-second.json',
  'blind-third.json',
  'blind-fourth.json',
  'blind-sixth.json',
  'blind-seventh.json',
  'blind-eighth.json',
  'blind-ninth.json',
  'blind-tenth.json',
  'blind-twelfth.json',
  'blind-fourteenth.json',
  'blind-sixteenth.json',
  'blind-eighteenth.json',
];

function main(): void {
  usageIfAsked(
    'Usage: npm run bench:nlu [-- --failures]\nMeasures the free-text understanding on test/data/utterances.json and call-utterances.json: per language, slot precision and recall, exact matches, conflicts, wrong rows and the time per message.\n  --failures   also list every message not understood exactly\nAlways exits 0. docs/free-text.md says more.',
  );
  for (const name of SETS) {
    const utterances = loadUtterances(path.join(projectRoot(), 'test', 'data', name));
    const figures = evaluate(utterances);
    const t = timing(utterances);
    console.log(`\n${name}\n${table(figures)}`);
    if (utterances.some((u) => u.kind !== undefined))
      console.log(
        `\n${table(
          evaluate(utterances, (u) => u.kind ?? '-'),
          'kind',
        )}`,
      );
    const wrong = figures.flatMap((f) => f.wrong);
    if (wrong.length > 0) console.log(`wrong rows: ${wrong.join(', ')}`);
    console.log(`ms per message: p50 ${t.p50.toFixed(3)}, p99 ${t.p99.toFixed(3)}, mean ${t.mean.toFixed(3)}`);
    if (process.argv.includes('--failures')) {
      for (const f of figures)
        for (const x of f.failures) console.log(`${x.id}  ${x.text}\n   expected ${JSON.stringify(x.expected)}\n   got      ${JSON.stringify(x.got)}`);
    }
  }
  const crafted = craftedWorst();
  console.log(`\ncrafted messages of ${MAX_TYPED_TEXT} characters: slowest ${crafted.ms.toFixed(1)} ms (${JSON.stringify(crafted.piece)} repeated)`);
  process.exitCode = 0;
}

if (require.main === module) main();
