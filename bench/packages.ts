// `npm run bench:packages`: what the kept packages cost where the bot once had its own code, in one
// quiet process and short loops (a figure for bench/README.md, not a load test). Each way is timed
// in alternating rounds and the median of the rounds is printed, in µs per call.
//   - an activity id's digest (dedupe.ts), node:crypto's SHA-256: the JavaScript SHA-256 it replaced
//     measured 0.58 µs against node:crypto's 0.55 (bench/README.md), so it was deleted.
//   - the cards (cards.ts): adaptivecards-templating's start-up (its load and the templates parsed,
//     in a fresh process) and a render of every catalogue card, against the side panel's own
//     expander; and a render kept by cards.ts (the template and a digest of the whole data).
//   - the bot's own cards (the actions', a follow-up, My cases), as a turn makes them: the view model
//     and the template through the package, with the kept render in front, for a card seen before
//     (the same model) and for a new one (a new card id, as every action's first card has); against
//     the code that built them before, when BENCH_BASELINE names that build's dist/src/index.js.
// Knobs: BENCH_ROUNDS (5), BENCH_BASELINE.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import { hash } from 'crypto';
import * as ACData from 'adaptivecards-templating';
import { Template as OwnTemplate } from '../src/conversation/cards/templateExpander';
import { renderCard } from '../src/conversation/cards/cards';
import * as actionCards from '../src/conversation/actions/actionCards';
import * as followUpCards from '../src/conversation/followUps/followUpCards';
import * as caseListCards from '../src/conversation/followUps/caseListCards';
import { allRoles, offeredRoleSets, roleSetChoices, roleSetRoles } from '../src/conversation/actions/roleSets';
import { openItem } from '../src/domain/cases';
import { catalogFor } from '../src/domain/textCatalog';
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
      : `require(${JSON.stringify(require.resolve('../src/conversation/cards/templateExpander'))}).Template`;
  const script = `const t0 = process.hrtime.bigint(); const T = ${load}; for (const file of ${JSON.stringify(CARD_FILES)}) new T(require(file)); process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));`;
  const seen: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) seen.push(Number(execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8' })));
  return median(seen);
}
for (const engine of ['package', 'own'] as const) process.stdout.write(`card templates start-up, ${engine}: ${startUp(engine).toFixed(1)} ms\n`);

/** Every template in cards/, the bot's own cards' too (their expressions are the package's alone: no own expander parses them). */
function templateFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? templateFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const ALL_FILES = templateFiles(path.join(PROJECT_ROOT, 'cards')).filter((f) => f.endsWith('.json'));
{
  const script = `const t0 = process.hrtime.bigint(); const T = require('adaptivecards-templating').Template; for (const file of ${JSON.stringify(ALL_FILES)}) new T(require(file)); process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));`;
  const seen: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) seen.push(Number(execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8' })));
  process.stdout.write(`card templates start-up, package, all ${ALL_FILES.length} templates: ${median(seen).toFixed(1)} ms\n`);
}

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

/** The modules that make the bot's own cards, from this build or another (the same functions before the templates). */
interface CardModules {
  actionCards: Pick<typeof actionCards, 'actionCard'>;
  followUpCards: Pick<typeof followUpCards, 'followUpCard'>;
  caseListCards: Pick<typeof caseListCards, 'caseListCard'>;
}

const c = catalogFor('en-US');
const sets = offeredRoleSets(c, 'en-US', undefined);
const customer = { companyName: 'Contoso Ltd', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.onmicrosoft.com' };
const NOW = Date.UTC(2026, 10, 24, 9);
const items = (['transfer', 'gdapApproval', 'resellerAcceptance'] as const).map((kind, i) =>
  openItem(
    {
      kind,
      objectId: `object-${i}`,
      customer: { tenantId: customer.tenantId, name: 'Contoso Ltd', domain: customer.domain },
      owner: { id: 'o' },
      locale: 'en-US',
      cardId: 'card000001',
      conversation: {},
      shared: false,
    },
    NOW - i * 86_400_000,
    60_000,
  ),
);

/** Seven cards a partner sees, each made for a card id (a new id: a card never rendered before). */
const OWN_CARDS: ((m: CardModules, id: string) => unknown)[] = [
  (m, id) =>
    m.actionCards.actionCard(
      { view: 'gdapForm', cardId: id, roleSets: roleSetChoices(sets), values: { roleSet: 'm365Support', duration: 'P730D', autoExtend: false } },
      c,
    ),
  (m, id) =>
    m.actionCards.actionCard(
      { view: 'gdapReview', cardId: id, customer, roles: allRoles(sets), selected: roleSetRoles(sets, 'm365Support'), duration: 'P730D', autoExtend: false },
      c,
    ),
  (m, id) =>
    m.actionCards.actionCard(
      {
        view: 'gdapDone',
        cardId: id,
        customer,
        relationshipId: 'r-1',
        approvalUrl: 'https://admin.microsoft.com/x',
        messageLocale: 'en-US',
        assignable: true,
        extendable: true,
      },
      c,
    ),
  (m, id) => m.actionCards.actionCard({ view: 'transferForm', cardId: id, values: { customer: 'contoso.onmicrosoft.com' } }, c),
  (m, id) => m.actionCards.actionCard({ view: 'transferDone', cardId: id, customer, transferId: 't-1', status: 'Active', cancellable: true }, c),
  (m, id) =>
    m.followUpCards.followUpCard(
      {
        followUp: 'approved',
        kind: 'gdapApproval',
        itemId: `gdapApproval:${id}`,
        customer: items[1]!.customer,
        createdAt: NOW - 7 * 86_400_000,
        deadline: NOW,
        now: NOW,
      },
      c,
      'en-US',
    ),
  (m, id) => m.caseListCards.caseListCard({ items: items.map((item) => ({ ...item, cardId: id })), now: NOW }, c, 'en-US'),
];

const thisBuild: CardModules = { actionCards, followUpCards, caseListCards };
const baseline = process.env.BENCH_BASELINE;
const before: CardModules | undefined = baseline
  ? {
      actionCards: require(path.resolve(path.dirname(baseline), 'conversation/actions/actionCards')) as CardModules['actionCards'],
      followUpCards: require(path.resolve(path.dirname(baseline), 'conversation/followUps/followUpCards')) as CardModules['followUpCards'],
      caseListCards: require(path.resolve(path.dirname(baseline), 'conversation/followUps/caseListCards')) as CardModules['caseListCards'],
    }
  : undefined;
let fresh = 0;
const ownCards = rounds(
  {
    'a card seen before (kept render)': (i) => OWN_CARDS[i % OWN_CARDS.length]!(thisBuild, 'card000001'),
    'a new card (a new card id: the package expands it)': (i) => OWN_CARDS[i % OWN_CARDS.length]!(thisBuild, `card${String(fresh++).padStart(6, '0')}`),
    ...(before ? { 'built in code (BENCH_BASELINE)': (i: number) => OWN_CARDS[i % OWN_CARDS.length]!(before, `card${String(i).padStart(6, '0')}`) } : {}),
  },
  OWN_CARDS.length * 40,
);
process.stdout.write(`(${OWN_CARDS.length} own cards: GDAP form, review, done; transfer form, done; a follow-up; My cases, en-US)\n`);
for (const [name, micros] of Object.entries(ownCards)) process.stdout.write(`own card, ${name}: ${micros.toFixed(1)} µs\n`);
