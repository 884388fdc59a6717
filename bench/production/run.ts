// `npm run bench:production`: the advisor in production shape. State in Blob Storage (Azurite, in
// memory) behind a proxy that adds a delay each way and counts the requests by kind; the advisor
// against a stock botbuilder bot keeping conversation and user state in Blob (stockBlobBot.ts), on
// both paths (Web Chat: typed text and card submits as messages; Teams: clicks as invokes), in one
// sitting; then two advisor instances on one store, a conversation's turns alternating between
// them; then one scripted conversation's requests per activity (scripted.ts).
//
// Knobs (environment): PRODUCTION_CONVERSATIONS (concurrent, default 10; the issue's figure is 50),
// PRODUCTION_DELAY_MS (each way, default 5), PRODUCTION_ROUNDS (default 1), PRODUCTION_CASES
// (cases per conversation, default 1), PRODUCTION_OUT (results file, default
// bench/results-production.json).
import * as fs from 'fs';
import * as path from 'path';
import { StandInConnector } from '../standInConnector';
import { PATHS, Replies, advisorConversation, echoConversation } from '../conversations';
import { Child, PRODUCTION_NODE_ARGS, load, startChild } from '../load';
import { LoadFigures } from '../options';
import { median } from '../report';
import { connectionStringFor, startAzurite } from './azurite';
import { StorageCounts, StorageProxy, countsSince } from './storageProxy';
import { StepCounts, scriptedConversation } from './scripted';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const STOCK_BLOB_SCRIPT = 'dist/bench/production/stockBlobBot.js';
const ADVISOR_SCRIPT = 'dist/src/index.js';

export interface ProductionOptions {
  conversations: number;
  delayMs: number;
  rounds: number;
  cases: number;
  verbose?: boolean;
}

/** Storage requests per turn, by kind. */
export type PerTurn = Record<keyof StorageCounts, number>;

export interface BotFigures {
  load: LoadFigures;
  storagePerTurn: PerTurn;
  /** Activities answered 503 and sent again, as the channel service does, per turn. */
  retriesPerTurn: number;
}

export interface PathFigures {
  path: 'messages' | 'invokes';
  advisor: BotFigures[];
  stock: BotFigures[];
  throughputRatio: number;
  p99Ratio: number;
}

export interface TwoInstances {
  path: 'messages' | 'invokes';
  turns: number;
  conversations: number;
  /** Conversations that did not reach their result (an answer lost). */
  lost: number;
  /** Turns answered with an error (a non-200 status: a 412 surfacing to a user). */
  failedTurns: number;
  /** Messages delivered beyond what one instance delivers for the same conversations. */
  duplicateMessages: number;
  /** 412 and 409 answers per turn: conditional writes that lost a race. */
  conflictsPerTurn: number;
  /** Activities answered 503 and sent again (the channel's retry). */
  retriedActivities: number;
  storagePerTurn: PerTurn;
}

export interface ProductionResults {
  options: ProductionOptions;
  advisorReadyMs: number;
  paths: PathFigures[];
  twoInstances: TwoInstances[];
  scripted: StepCounts[];
}

export function productionOptionsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ProductionOptions {
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
    return value;
  };
  return {
    conversations: int('PRODUCTION_CONVERSATIONS', 10, 1, 1000),
    delayMs: int('PRODUCTION_DELAY_MS', 5, 0, 1000),
    rounds: int('PRODUCTION_ROUNDS', 1, 1, 50),
    cases: int('PRODUCTION_CASES', 1, 1, 20),
    verbose: env.PRODUCTION_QUIET !== '1',
  };
}

function perTurn(counts: StorageCounts, turns: number): PerTurn {
  const out = { ...counts };
  for (const k of Object.keys(out) as (keyof StorageCounts)[]) out[k] = turns > 0 ? counts[k] / turns : NaN;
  return out;
}

function blobEnv(proxy: StorageProxy, container: string): Record<string, string> {
  return { STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionStringFor(proxy.port), BLOB_CONTAINER: container };
}

/** Runs the load against a bot and takes the storage requests of the measured part. */
async function measured(
  child: Child,
  proxy: StorageProxy,
  connector: StandInConnector,
  run: Parameters<typeof load>[3],
  tag: string,
  options: ProductionOptions,
  retried: { count: number },
): Promise<BotFigures> {
  let before = proxy.snapshot();
  let retriesBefore = retried.count;
  const figures = await load(child, { conversations: options.conversations, sequential: 1 }, connector, run, tag, () => {
    before = proxy.snapshot();
    retriesBefore = retried.count;
  });
  await proxy.settled();
  const storagePerTurn = perTurn(countsSince(proxy.snapshot(), before), figures.turns);
  return { load: figures, storagePerTurn, retriesPerTurn: (retried.count - retriesBefore) / figures.turns };
}

export async function runProduction(options: ProductionOptions): Promise<ProductionResults> {
  const log = (line: string): void => {
    if (options.verbose) process.stdout.write(`${line}\n`);
  };
  const azurite = await startAzurite();
  const proxy = await StorageProxy.start(azurite.port, options.delayMs);
  const connector = await StandInConnector.start();
  // A shared machine may start a bot slowly: the start-up figure is the advisor's ready time, not a limit.
  const advisorStart = (container: string) => ({ nodeArgs: PRODUCTION_NODE_ARGS, readyPath: '/readyz', readyWithinMs: 90_000, env: blobEnv(proxy, container) });
  try {
    const paths: PathFigures[] = [];
    let advisorReadyMs = NaN;
    const messagesPerTurnAlone = new Map<'messages' | 'invokes', number>();
    for (const [pathName, channel] of [
      ['messages', 'webchat'],
      ['invokes', 'msteams'],
    ] as const) {
      const retried = { count: 0 };
      const replies: Replies = { delivery: 'connector', connector, channel, teamsClicks: 'invoke', retried };
      const figures: PathFigures = { path: pathName, advisor: [], stock: [], throughputRatio: NaN, p99Ratio: NaN };
      for (let round = 1; round <= options.rounds; round += 1) {
        log(`${pathName}, round ${round}/${options.rounds}: ${options.conversations} conversations, ${options.delayMs} ms each way to Blob…`);
        const order = round % 2 === 0 ? (['advisor', 'stock'] as const) : (['stock', 'advisor'] as const);
        for (const bot of order) {
          const tag = `${bot}-${pathName}-${round}`;
          if (bot === 'stock') {
            const child = await startChild(STOCK_BLOB_SCRIPT, { readyWithinMs: 90_000, env: blobEnv(proxy, 'stock-state') });
            try {
              figures.stock.push(
                await measured(child, proxy, connector, (base, id) => echoConversation(base, replies, id, options.cases), tag, options, retried),
              );
            } finally {
              await child.stop();
            }
          } else {
            const child = await startChild(ADVISOR_SCRIPT, advisorStart('advisor-state'));
            if (Number.isNaN(advisorReadyMs)) advisorReadyMs = child.readyMs;
            try {
              const run = (base: string, id: string, i: number) => advisorConversation(base, replies, id, PATHS[i % PATHS.length]!, options.cases);
              figures.advisor.push(await measured(child, proxy, connector, run, tag, options, retried));
            } finally {
              await child.stop();
            }
          }
        }
      }
      const ratios = figures.advisor.map((a, i) => ({
        throughput: a.load.turnsPerSecond / figures.stock[i]!.load.turnsPerSecond,
        p99: a.load.p99 / figures.stock[i]!.load.p99,
      }));
      figures.throughputRatio = median(ratios.map((r) => r.throughput));
      figures.p99Ratio = median(ratios.map((r) => r.p99));
      messagesPerTurnAlone.set(pathName, median(figures.advisor.map((a) => a.load.messagesPerTurn ?? NaN)));
      paths.push(figures);
    }

    const twoInstances: TwoInstances[] = [];
    for (const pathName of ['messages', 'invokes'] as const) {
      log(`two advisor instances on one store, ${pathName}: ${options.conversations} conversations, turns alternating between them…`);
      twoInstances.push(await runTwoInstances(pathName, options, proxy, connector, advisorStart('advisor-state'), messagesPerTurnAlone.get(pathName) ?? NaN));
    }

    log('a scripted conversation, storage requests per activity…');
    const child = await startChild(ADVISOR_SCRIPT, advisorStart('advisor-scripted'));
    let scripted: StepCounts[];
    try {
      scripted = await scriptedConversation(child.base, proxy, connector, `scripted-${Date.now()}`);
    } finally {
      await child.stop();
    }
    return { options, advisorReadyMs, paths, twoInstances, scripted };
  } finally {
    await connector.close();
    await proxy.close();
    await azurite.stop();
  }
}

async function runTwoInstances(
  pathName: 'messages' | 'invokes',
  options: ProductionOptions,
  proxy: StorageProxy,
  connector: StandInConnector,
  start: Parameters<typeof startChild>[1],
  messagesPerTurnAlone: number,
): Promise<TwoInstances> {
  // One after the other: two at once on a busy machine may take longer than a start is given.
  const a = await startChild(ADVISOR_SCRIPT, start);
  const b = await startChild(ADVISOR_SCRIPT, start).catch(async (error: unknown) => {
    await a.stop();
    throw error;
  });
  try {
    const retried = { count: 0 };
    const replies: Replies = { delivery: 'connector', connector, channel: pathName === 'messages' ? 'webchat' : 'msteams', teamsClicks: 'invoke', retried };
    const before = proxy.snapshot();
    const messagesBefore = connector.calls.messages;
    let failedTurns = 0;
    let turns = 0;
    const runs = await Promise.all(
      Array.from({ length: options.conversations }, async (_, i) => {
        let n = i;
        // The channel service routes each activity to whichever instance: here, turn by turn, the other one.
        const base = (): string => ((n += 1) % 2 === 0 ? a.base : b.base);
        try {
          const result = await advisorConversation(
            'http://unused',
            { ...replies, route: base },
            `two-${i}-${Date.now()}`,
            PATHS[i % PATHS.length]!,
            options.cases,
          );
          turns += result.latencies.length;
          return result.completed;
        } catch {
          failedTurns += 1;
          return false;
        }
      }),
    );
    await proxy.settled();
    const counts = countsSince(proxy.snapshot(), before);
    const messages = connector.calls.messages - messagesBefore;
    return {
      path: pathName,
      turns,
      conversations: options.conversations,
      lost: runs.filter((completed) => !completed).length,
      failedTurns,
      duplicateMessages: Math.max(0, Math.round(messages - turns * messagesPerTurnAlone)),
      conflictsPerTurn: (counts.preconditionFailed + counts.conflict) / turns,
      retriedActivities: retried.count,
      storagePerTurn: perTurn(counts, turns),
    };
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function requests(p: PerTurn): string {
  return `GET ${fmt(p.GET)}, PUT ${fmt(p.PUT)}, HEAD ${fmt(p.HEAD)}, 404 ${fmt(p.notFound)}, 412 ${fmt(p.preconditionFailed)}, 409 ${fmt(p.conflict)}`;
}

export function formatProduction(r: ProductionResults): string {
  const lines = [
    `Production shape: Blob state on Azurite, ${r.options.delayMs} ms each way, ${r.options.conversations} conversations, ${r.options.rounds} round(s)`,
    '',
    '| path | advisor turns/s | stock Blob bot turns/s | throughput ratio | advisor p99 ms | stock p99 ms | p99 ratio | advisor storage per turn | stock storage per turn | 503s sent again per turn: advisor, stock | completed: advisor, stock |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|---|---|',
  ];
  for (const p of r.paths) {
    const a = p.advisor.map((x) => x.load);
    const s = p.stock.map((x) => x.load);
    lines.push(
      `| ${p.path} | ${fmt(median(a.map((x) => x.turnsPerSecond)), 0)} | ${fmt(median(s.map((x) => x.turnsPerSecond)), 0)} | ${fmt(p.throughputRatio)} | ${fmt(median(a.map((x) => x.p99)), 1)} | ${fmt(median(s.map((x) => x.p99)), 1)} | ${fmt(p.p99Ratio)} | ${requests(p.advisor[0]!.storagePerTurn)} | ${requests(p.stock[0]!.storagePerTurn)} | ${fmt(p.advisor[0]!.retriesPerTurn, 3)}, ${fmt(p.stock[0]!.retriesPerTurn, 3)} | ${a.map((x) => `${x.completed}/${x.conversationsRun}`).join(' ')}, ${s.map((x) => `${x.completed}/${x.conversationsRun}`).join(' ')} |`,
    );
  }
  lines.push('');
  for (const t of r.twoInstances) {
    lines.push(
      `Two instances on one store, ${t.path}: ${t.turns} turns in ${t.conversations} conversations; lost ${t.lost}, turns failed to the user ${t.failedTurns}, duplicate messages ${t.duplicateMessages}, conflicts (412/409) per turn ${fmt(t.conflictsPerTurn, 3)}, activities answered 503 and sent again ${t.retriedActivities}; storage per turn ${requests(t.storagePerTurn)}`,
    );
  }
  lines.push(
    '',
    `Advisor ready (to /readyz 200, Blob state): ${fmt(r.advisorReadyMs, 0)} ms`,
    '',
    'Storage requests of one scripted conversation, per activity:',
    '',
    '| activity | GET | PUT | HEAD | 404 | 412 | 409 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.scripted.map(
      (s) =>
        `| ${s.step} | ${s.counts.GET} | ${s.counts.PUT} | ${s.counts.HEAD} | ${s.counts.notFound} | ${s.counts.preconditionFailed} | ${s.counts.conflict} |`,
    ),
  );
  return lines.join('\n');
}

if (require.main === module) {
  let options: ProductionOptions;
  try {
    options = productionOptionsFromEnvironment();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const out = process.env.PRODUCTION_OUT ?? path.join(ROOT, 'bench', 'results-production.json');
  runProduction(options)
    .then((results) => {
      process.stdout.write(`\n${formatProduction(results)}\n`);
      fs.writeFileSync(out, JSON.stringify(results, null, 2));
      process.stdout.write(`\nresults written to ${path.relative(ROOT, out)}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
