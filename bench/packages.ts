// `npm run bench:packages`: what the kept packages cost where the bot once had its own code, in one
// quiet process and short loops (a figure for bench/README.md, not a load test). Each way is timed
// in alternating rounds and the median of the rounds is printed, in µs per call.
//   - an activity id's digest (dedupe.ts), node:crypto's SHA-256: the JavaScript SHA-256 it replaced
//     measured 0.58 µs against node:crypto's 0.55 (bench/README.md), so it was deleted.
//   - the cards (cards.ts): adaptivecards-templating's start-up (its load and the templates parsed,
//     in a fresh process) and a render of every catalogue card, against the side panel's own
//     expander; and a render kept by cards.ts (the template and a digest of the whole data).
// Knobs: BENCH_ROUNDS (5).
import { execFileSync } from 'child_process';
import { hash } from 'crypto';
import * as ACData from 'adaptivecards-templating';
import { Template as OwnTemplate } from '../src/conversation/templateExpander';
import { renderCard } from '../src/conversation/cards';
import { cardCatalog } from '../scripts/lib/cardCatalog';
import * as path from 'path';
import { PROJECT_ROOT } from '../scripts/lib/paths';
import { usageIfAsked } from '../scripts/lib/usage';
import { median } from './report';

usageIfAsked(
  'Usage: npm run bench:packages\nTimes the kept packages against the own code they replaced (µs per call, medians of BENCH_ROUNDS rounds, default 5).',
);

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** µs per call of `run` over `calls` calls. */
function time(calls: number, run: (i: number) => unknown): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i += 1) if (run(i) !== undefined) sink += 1;
  const micros = Number(process.hrtime.bigint() - start) / 1000 / calls;
  return sink >= 0 ? micros : NaN;
}

/** Ways timed in alternating rounds: the median µs per call of each. */
function rounds(ways: Record<string, (i: number) => unknown>, calls: number): Record<string, number> {
  const seen: Record<string, number[]> = {};
  for (const run of Object.values(ways)) time(calls, run); // warm-up
  for (let round = 0; round < ROUNDS; round += 1) for (const [name, run] of Object.entries(ways)) (seen[name] ??= []).push(time(calls, run));
  return Object.fromEntries(Object.entries(seen).map(([name, values]) => [name, median(values)]));
}

// Direct Line ids repeat the conversation id: about 35 characters (dedupe.ts).
const IDS = Array.from({ length: 1024 }, (_, i) => `8a5f1c2e9b7d4e3f0a6b|${String(i).padStart(10, '0')}-abcd`);

const digests = rounds(
  {
    'node:crypto hash()': (i) => hash('sha256', IDS[i & 1023]!, 'base64url').slice(0, 12),
  },
  200_000,
);
for (const [name, micros] of Object.entries(digests)) process.stdout.write(`activity id digest, ${name}: ${micros.toFixed(3)} µs\n`);

const CARD_FILES = ['welcome', 'question', 'result', 'change', 'help', 'language', 'notice', 'answered', 'caseView'].map((name) =>
  path.join(PROJECT_ROOT, 'cards', `${name}.json`),
);

/** ms to load a module and parse the nine templates with it, in a fresh node (the median of the rounds). */
function startUp(engine: 'package' | 'own'): number {
  const load =
    engine === 'package'
      ? "require('adaptivecards-templating').Template"
      : `require(${JSON.stringify(require.resolve('../src/conversation/templateExpander'))}).Template`;
  const script = `const t0 = process.hrtime.bigint(); const T = ${load}; for (const file of ${JSON.stringify(CARD_FILES)}) new T(require(file)); process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));`;
  const seen: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) seen.push(Number(execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8' })));
  return median(seen);
}
for (const engine of ['package', 'own'] as const) process.stdout.write(`card templates start-up, ${engine}: ${startUp(engine).toFixed(1)} ms\n`);

const views = cardCatalog().map((sample) => sample.view('en-US'));
const parsed = CARD_FILES.map((file) => [path.basename(file, '.json'), require(file) as object] as const);
const pkg = Object.fromEntries(parsed.map(([kind, card]) => [kind, new ACData.Template(card)]));
const own = Object.fromEntries(parsed.map(([kind, card]) => [kind, new OwnTemplate(card)]));
const renders = rounds(
  {
    'adaptivecards-templating': (i) => pkg[views[i % views.length]!.card]!.expand({ $root: views[i % views.length]!.data }),
    'own expander': (i) => own[views[i % views.length]!.card]!.expand({ $root: views[i % views.length]!.data }),
    'kept render (cards.ts)': (i) => renderCard(views[i % views.length]!),
  },
  views.length * 20,
);
process.stdout.write(`(${views.length} catalogue cards, en-US)\n`);
for (const [name, micros] of Object.entries(renders)) process.stdout.write(`card render, ${name}: ${micros.toFixed(1)} µs\n`);
