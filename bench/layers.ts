// `npm run bench:layers`: where a turn's time goes, layer by layer, timed inside the advisor under
// the benchmark's load (layersProbe.ts), on the Teams path unless BENCH_CHANNEL=webchat. With
// BENCH_BASELINE (another built checkout's dist/src/index.js) the two builds alternate, round by
// round, and each layer's time is set against the other's: a change to one layer shows there
// even when the machine's spread hides it in the throughput. Knobs: BENCH_ROUNDS (default 5),
// BENCH_CONVERSATIONS, BENCH_CASES, BENCH_SEQUENTIAL, BENCH_OUT (default bench/results-layers.json).
import * as path from 'path';
import { ChildProcess } from 'child_process';
import { StandInConnector } from './standInConnector';
import { PATHS, advisorConversation } from './conversations';
import { PRODUCTION_NODE_ARGS, load, startChild } from './load';
import { BenchOptions } from './options';
import { BENCH_DIR, benchUsageIfAsked, runFromCommandLine } from './commandLine';
import { median } from './report';
import type { LayerFigures } from './layersProbe';

const PROBE = path.join(__dirname, 'layersProbe.js');

/** One build's rounds: per layer, its median time per round (µs) and its calls per turn. */
interface BuildLayers {
  script: string;
  turnsPerSecond: number[];
  /** Turns in each measured round, and those of them timed (without an outgoing call). */
  turns: number[];
  turnsTimed: number[];
  layers: Record<string, { callsPerTurn: number; p50Micros: number[] }>;
}

export interface LayersResults {
  channel: 'msteams' | 'webchat';
  rounds: number;
  builds: BuildLayers[];
}

function askLayers(child: ChildProcess): Promise<{ turns: number; layers: LayerFigures[] }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bot did not report its layers')), 5_000);
    const listen = (message: unknown): void => {
      const report = (message as { layers?: { turns: number; layers: LayerFigures[] } } | null)?.layers;
      if (!report) return;
      clearTimeout(timer);
      child.off('message', listen);
      resolve(report);
    };
    child.on('message', listen);
    child.send('layers:report');
  });
}

export async function runLayers(options: BenchOptions, channel: 'msteams' | 'webchat', baseline?: string): Promise<LayersResults> {
  const connector = await StandInConnector.start();
  const replies = { delivery: 'connector' as const, connector, channel, teamsClicks: 'invoke' as const };
  const builds: BuildLayers[] = ['dist/src/index.js', ...(baseline ? [baseline] : [])].map((script) => ({
    script,
    turnsPerSecond: [],
    turns: [],
    turnsTimed: [],
    layers: {},
  }));
  try {
    for (let round = 0; round < options.rounds; round += 1) {
      // The builds take turns going first, as in `npm run bench`.
      for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
        const child = await startChild(build.script, { nodeArgs: [...PRODUCTION_NODE_ARGS, '--require', PROBE], readyPath: '/readyz' });
        try {
          const figures = await load(
            child,
            options,
            connector,
            (base, id, i) => advisorConversation(base, replies, id, PATHS[i % PATHS.length]!, options.cases),
            'advisor',
          );
          const report = await askLayers(child.process);
          build.turnsPerSecond.push(figures.turnsPerSecond);
          build.turns.push(figures.turns);
          build.turnsTimed.push(report.turns);
          for (const layer of report.layers) {
            const kept = (build.layers[layer.name] ??= { callsPerTurn: layer.callsPerTurn, p50Micros: [] });
            kept.p50Micros.push(layer.p50Micros);
          }
        } finally {
          await child.stop();
        }
      }
    }
  } finally {
    await connector.close();
  }
  return { channel, rounds: options.rounds, builds };
}

/** The table: each layer's median time (µs, median of the rounds' medians), this build against the baseline. */
export function formatLayers(results: LayersResults): string {
  const [current, before] = results.builds;
  const names = Object.keys(current?.layers ?? {}).sort((a, b) => median(current!.layers[b]!.p50Micros) - median(current!.layers[a]!.p50Micros));
  const lines = [
    `Layers of a ${results.channel === 'msteams' ? 'Teams (invokes)' : 'Web Chat'} turn without an outgoing call, timed inside the advisor under load, median of ${results.rounds} rounds (µs)`,
    '',
    before ? '| layer | calls per turn | this | before | this / before |' : '| layer | calls per turn | this |',
    before ? '| --- | ---: | ---: | ---: | ---: |' : '| --- | ---: | ---: |',
  ];
  for (const name of names) {
    const mine = current!.layers[name]!;
    const now = median(mine.p50Micros);
    const cells = [name, mine.callsPerTurn.toFixed(2), now.toFixed(1)];
    const then = before?.layers[name];
    if (before) cells.push(then ? median(then.p50Micros).toFixed(1) : '—', then ? (now / median(then.p50Micros)).toFixed(2) : '—');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  for (const build of results.builds) {
    lines.push(
      '',
      `${build.script}: ${median(build.turnsPerSecond).toFixed(0)} turns/s, ${median(build.turnsTimed).toFixed(0)} of ${median(build.turns).toFixed(0)} turns a round timed`,
    );
  }
  return lines.join('\n');
}

if (require.main === module) {
  benchUsageIfAsked('npm run bench:layers', "Where a turn's time goes, layer by layer, under the benchmark's load (Teams path unless BENCH_CHANNEL=webchat).");
  runFromCommandLine(
    (options) => [
      {
        run: () => runLayers(options, process.env.BENCH_CHANNEL === 'webchat' ? 'webchat' : 'msteams', options.baseline),
        out: process.env.BENCH_OUT ?? path.join(BENCH_DIR, 'results-layers.json'),
      },
    ],
    formatLayers,
  );
}
