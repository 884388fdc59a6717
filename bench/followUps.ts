// The follow-ups' benchmark (`npm run bench:followups`): Partner Center's events at a steady rate
// against a bot that keeps many open items, timed from the moment an event is posted to the moment
// its follow-up message reaches the conversation (a stand-in connector here, in the same process
// as this load generator). Every event is signed as Partner Center signs them (the demonstration's
// test authority, which the benchmark's bot trusts), verified, matched to its item among all the
// others, applied once and answered with one proactive message.
// Knobs: BENCH_ITEMS (open items, default 10,000), BENCH_EVENTS_PER_MINUTE (default 1,000),
// BENCH_SECONDS (how long events are sent, default 60), BENCH_OUT (default bench/results-followups.json).
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { StandInConnector } from './standInConnector';
import { signEvent } from '../tools/standins/eventSigning';
import { relationshipId } from './followUpIds';
import { usageIfAsked } from '../scripts/lib/usage';

const number = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${raw.slice(0, 20)}").`);
  return n;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function startBot(connectorUrl: string, items: number): Promise<{ child: ChildProcess; port: number; readyMs: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--max-old-space-size=512', '--max-semi-space-size=4', path.join(__dirname, 'followUpBot.js')], {
    env: { ...process.env, BENCH_CONNECTOR_URL: connectorUrl, BENCH_ITEMS: String(items), NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`The benchmark's bot stopped before serving (exit ${code})`)));
  });
  return { child, port, readyMs: Date.now() - started };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function post(port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/api/partnercenter/events', method: 'POST', agent, headers: signEvent(body) }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function eventFor(i: number): string {
  return JSON.stringify({
    EventName: 'granular-admin-relationship-approved',
    ResourceUri: `https://api.partnercenter.microsoft.com/v1/granularAdminRelationships/${relationshipId(i)}`,
    ResourceName: 'GranularAdminRelationship',
    AuditUri: null,
    ResourceChangeUtcDate: new Date().toISOString(),
  });
}

async function main(): Promise<void> {
  const items = number('BENCH_ITEMS', 10_000);
  const perMinute = number('BENCH_EVENTS_PER_MINUTE', 1_000);
  const seconds = number('BENCH_SECONDS', 60);
  const events = Math.min(items, Math.round((perMinute * seconds) / 60));
  const connector = await StandInConnector.start();
  const postedAt = new Map<string, number>();
  const latencies: number[] = [];
  const messages = new Map<string, number>();
  connector.onPost = (conversationId) => {
    messages.set(conversationId, (messages.get(conversationId) ?? 0) + 1);
    const at = postedAt.get(conversationId);
    if (at !== undefined && messages.get(conversationId) === 1) latencies.push(performance.now() - at);
  };
  process.stdout.write(`Starting the bot with ${items} open items…\n`);
  const bot = await startBot(connector.url, items);
  const statuses = new Map<number, number>();
  const interval = 60_000 / perMinute;
  const start = performance.now();
  const sends: Promise<void>[] = [];
  // Items in a shuffled order (a fixed seed): events arrive for objects all over the store.
  const order = Array.from({ length: items }, (_, i) => i);
  let seed = 42;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (let n = 0; n < events; n++) {
    const wait = start + n * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const i = order[n]!;
    postedAt.set(`bench-${i}`, performance.now());
    sends.push(post(bot.port, eventFor(i)).then((status) => void statuses.set(status, (statuses.get(status) ?? 0) + 1)));
  }
  await Promise.all(sends);
  // The last follow-ups: at most a few seconds after their events.
  const deadline = performance.now() + 10_000;
  while (latencies.length < events && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const elapsed = (performance.now() - start) / 1000;
  bot.child.kill('SIGTERM');
  await connector.close();
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  const twice = [...messages.values()].filter((c) => c > 1).length;
  const results = {
    items,
    eventsPerMinute: perMinute,
    events,
    seconds: Number(elapsed.toFixed(1)),
    answered: Object.fromEntries(statuses),
    followUps: latencies.length,
    conversationsWithMoreThanOneMessage: twice,
    latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN },
    botReadyMs: bot.readyMs,
    node: process.version,
  };
  const out = process.env.BENCH_OUT ?? path.join(__dirname, '..', '..', 'bench', 'results-followups.json');
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  const f = (x: number): string => x.toFixed(1);
  process.stdout.write(
    [
      `Events: ${events} at ${perMinute} a minute over ${results.seconds} s, against ${items} open items; answered ${JSON.stringify(results.answered)}`,
      `Follow-ups: ${latencies.length} (conversations told more than once: ${twice})`,
      `Event to message, ms: p50 ${f(results.latencyMs.p50)}, p95 ${f(results.latencyMs.p95)}, p99 ${f(results.latencyMs.p99)}, max ${f(results.latencyMs.max)}`,
      `Results: ${out}`,
    ].join('\n') + '\n',
  );
  if (latencies.length < events || twice > 0) process.exitCode = 1;
}

usageIfAsked(
  'Usage: npm run bench:followups\nPartner Center events at a steady rate against a bot with many open items, timed to each follow-up message.\nSettings: BENCH_ITEMS (10000), BENCH_EVENTS_PER_MINUTE (1000), BENCH_SECONDS (60), BENCH_OUT. bench/README.md says more.',
);
main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
