// `npm run bench:telemetry`: what OpenTelemetry costs a turn. Each round runs the advisor three
// times under the same load as `npm run bench` (same knobs): twice with telemetry off (no
// exporter setting: the second run shows the round's noise) and once exporting OTLP (traces,
// metrics; OTLP/HTTP JSON, the SDK's default batching) to a local sink that takes and drops
// everything. The order rotates between rounds; each figure is paired within its round.
import * as http from 'http';
import * as path from 'path';
import { PATHS, Replies, advisorConversation } from './conversations';
import { load, startChild } from './load';
import { BenchOptions, LoadFigures } from './options';
import { medianOfRounds, pairedRatio } from './report';
import { BENCH_DIR, benchUsageIfAsked, runFromCommandLine } from './commandLine';
import { StandInConnector } from './standInConnector';

export type TelemetryVariant = 'off' | 'offAgain' | 'on';
const VARIANTS: readonly TelemetryVariant[] = ['off', 'offAgain', 'on'];

export interface TelemetryBenchResults {
  options: BenchOptions;
  figures: Record<TelemetryVariant, LoadFigures>;
  /** Paired per round against the first "off" run: median and range over the rounds. */
  throughput: Record<'offAgain' | 'on', { median: number; range: [number, number] }>;
  p99: Record<'offAgain' | 'on', { median: number; range: [number, number] }>;
  cpu: Record<'offAgain' | 'on', { median: number; range: [number, number] }>;
  /** OTLP requests the sink received during the "on" runs (proof the exporter ran). */
  exports: number;
}

/** A collector that accepts and drops OTLP/HTTP. */
async function sink(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export async function runTelemetryBenchmark(options: BenchOptions): Promise<TelemetryBenchResults> {
  const log = (line: string): void => {
    if (options.verbose) process.stdout.write(`${line}\n`);
  };
  const collector = await sink();
  const connector = options.delivery === 'connector' ? await StandInConnector.start() : undefined;
  const channel = options.channel ?? 'webchat';
  const replies: Replies = connector ? { delivery: 'connector', connector, channel } : { delivery: 'expectReplies', channel };
  const on = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_SERVICE_NAME: 'advisor-bench' };
  // The parent's own OTEL_* settings must not turn telemetry on in the "off" runs.
  const off = Object.fromEntries(
    Object.keys(process.env)
      .filter((k) => k.startsWith('OTEL_') || k === 'APPLICATIONINSIGHTS_CONNECTION_STRING')
      .map((k) => [k, '']),
  );
  const rounds: Record<TelemetryVariant, LoadFigures[]> = { off: [], offAgain: [], on: [] };
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      const order = VARIANTS.map((_, i) => VARIANTS[(i + round - 1) % VARIANTS.length]!);
      log(`round ${round}/${options.rounds}: ${options.conversations} concurrent conversations, telemetry ${order.join(' → ')}…`);
      for (const variant of order) {
        const child = await startChild('dist/src/index.js', { env: variant === 'on' ? { ...off, ...on } : off });
        try {
          rounds[variant].push(
            await load(
              child,
              options,
              connector,
              (base, id, i) => advisorConversation(base, replies, id, PATHS[i % PATHS.length]!, options.cases),
              `otel-${variant}`,
            ),
          );
        } finally {
          await child.stop();
        }
      }
    }
  } finally {
    await connector?.close();
    await collector.close();
  }
  const paired = (pick: (f: LoadFigures) => number): TelemetryBenchResults['throughput'] => ({
    offAgain: pairedRatio(rounds.offAgain, rounds.off, pick),
    on: pairedRatio(rounds.on, rounds.off, pick),
  });
  return {
    options,
    figures: { off: medianOfRounds(rounds.off), offAgain: medianOfRounds(rounds.offAgain), on: medianOfRounds(rounds.on) },
    throughput: paired((f) => f.turnsPerSecond),
    p99: paired((f) => f.p99),
    cpu: paired((f) => f.serverCpuMsPerTurn),
    exports: collector.requests(),
  };
}

const fixed = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export function formatTelemetryTable(r: TelemetryBenchResults): string {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const ratio = (x: { median: number; range: [number, number] }): string => `${fixed(x.median)} (rounds ${fixed(x.range[0])}–${fixed(x.range[1])})`;
  const out = [
    `${r.options.conversations} concurrent conversations × ${r.options.cases} cases, ${r.options.sequential} per user, median of ${r.options.rounds} rounds; ${r.exports} OTLP exports received while on`,
    '',
    row(['telemetry', 'turns/s', 'p50 ms', 'p99 ms', 'bot CPU ms/turn', 'RSS after MB', 'turns/s vs off', 'p99 vs off', 'CPU/turn vs off']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  const names: Record<TelemetryVariant, string> = { off: 'off', offAgain: 'off (again: the noise)', on: 'on (OTLP)' };
  for (const v of VARIANTS) {
    const f = r.figures[v];
    const vs = v === 'off' ? ['1', '1', '1'] : [ratio(r.throughput[v]), ratio(r.p99[v]), ratio(r.cpu[v])];
    out.push(row([names[v], fixed(f.turnsPerSecond, 1), fixed(f.p50), fixed(f.p99), fixed(f.serverCpuMsPerTurn), fixed(f.rssAfterMb, 1), ...vs]));
  }
  return out.join('\n');
}

if (require.main === module) {
  benchUsageIfAsked('npm run bench:telemetry', 'What OpenTelemetry costs a turn: the advisor with telemetry off and exporting OTLP, under the same load.');
  runFromCommandLine(
    (options) => [{ run: () => runTelemetryBenchmark(options), out: process.env.BENCH_OUT ?? path.join(BENCH_DIR, 'telemetry-results.json') }],
    formatTelemetryTable,
  );
}
