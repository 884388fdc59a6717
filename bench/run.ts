// `npm run bench`: the cost of a real advisor turn over HTTP, measured against the reference bots
// in the same sitting (both paths, Web Chat messages and Teams invokes, interleaved round by
// round), plus card render times, memory per stored conversation and start-up time. Ratios are what
// matter; absolute numbers depend on the machine. The advisor (and the own-host echo and the
// baseline, on the same host) run with the production start command's node flags (package.json).
//
// Knobs (environment): BENCH_CONVERSATIONS (concurrent, default 50, up to 1000), BENCH_CASES (cases
// per conversation, default 4), BENCH_SEQUENTIAL (conversations each simulated user goes through
// one after another in a measured round, default 3), BENCH_ROUNDS (default 5), BENCH_DELIVERY (connector, the default:
// replies are POSTed to a stand-in connector at serviceUrl, as in Teams and Direct Line; or
// expectReplies: replies come back in the HTTP response), BENCH_CHANNEL (webchat, the default, or
// msteams: answered cards also become receipts; needs the connector delivery),
// BENCH_CHANNEL unset: both, in one sitting; BENCH_MEMORY_CONVERSATIONS (default 2000), BENCH_RENDERS (default 500), BENCH_OUT (results file),
// BENCH_NODE_ARGS (extra node flags for the bot processes, e.g. "--cpu-prof --cpu-prof-dir=prof"),
// BENCH_BASELINE (the advisor before a change: another built checkout's dist/src/index.js, run in
// every round right before or after this one, alternating).
import * as os from 'os';
import { StandInConnector } from './standInConnector';
import { PATHS, Replies, advisorConversation, echoClicksConversation, echoConversation } from './conversations';
import { PRODUCTION_NODE_ARGS, load, startChild } from './load';
import { memoryPerConversation, renderTimes } from './memory';
import { BenchChannel, BenchOptions, BenchResults, LoadFigures, Ratios } from './options';
import { BENCH_DIR, benchUsageIfAsked, runFromCommandLine } from './commandLine';
import { formatTable, medianOfRounds, pairedRatio } from './report';
import { FLOOR_SCRIPT, STOCK_ECHO_SCRIPT, stockTargets } from './stockEcho/targets';
import { channelsToRun, resultsFile } from './paths';

// ---------------------------------------------------------------- the run

/** The advisor's host (the advisor, the baseline, the own-host echo) as production starts it. */
const ON_ADVISOR_HOST = { nodeArgs: PRODUCTION_NODE_ARGS };
/** Ready to serve: the advisor answers /readyz with 200 (the references have only /healthz). */
const ADVISOR_START = { ...ON_ADVISOR_HOST, readyPath: '/readyz' };

/** One path's rounds, each bot's figures in the order they were measured. */
interface PathRounds {
  channel: BenchChannel;
  replies: Replies;
  advisor: LoadFigures[];
  echo: LoadFigures[];
  stock: LoadFigures[];
  floor: LoadFigures[];
  baseline: LoadFigures[];
}

/** One path alone: what `runSitting` measures for it, as a sitting of its own. */
export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
  return (await runSitting(options, [options.channel ?? 'webchat']))[0]!;
}

/**
 * One sitting over several paths: every round measures each path, the paths taking turns going
 * first, so both paths' ratios come from the same minutes of the same machine.
 */
export async function runSitting(options: BenchOptions, channels: BenchChannel[]): Promise<BenchResults[]> {
  if (channels.includes('msteams') && options.delivery !== 'connector')
    throw new Error('Teams turns need the connector delivery: the first card of a case is a message posted to the connector');
  const log = (line: string): void => {
    if (options.verbose) process.stdout.write(`${line}\n`);
  };

  log(`start-up: spawning the advisor 3 times (node ${PRODUCTION_NODE_ARGS.join(' ')}), to /readyz 200…`);
  const readyMs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const child = await startChild('dist/src/index.js', ADVISOR_START);
    readyMs.push(child.readyMs);
    await child.stop();
  }

  const baselineScript = options.baseline;
  const connector = options.delivery === 'connector' ? await StandInConnector.start() : undefined;
  const teamsClicks = options.teamsClicks ?? 'invoke';
  const paths: PathRounds[] = channels.map((channel) => ({
    channel,
    replies: connector ? { delivery: 'connector', connector, channel, teamsClicks } : { delivery: 'expectReplies', channel, teamsClicks },
    advisor: [],
    echo: [],
    stock: [],
    floor: [],
    baseline: [],
  }));
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      // The bots take turns going first, so a machine that speeds up or slows down during a
      // round favours neither of them over the run; so do the paths.
      const echoFirst = round % 2 === 0;
      const order = echoFirst ? [...paths].reverse() : paths;
      for (const path of order) {
        log(
          `round ${round}/${options.rounds}, ${path.channel}: ${options.conversations} concurrent conversations against each bot, replies by ${options.delivery}…`,
        );
        await runRound(path, options, connector, echoFirst, baselineScript);
      }
    }
  } finally {
    await connector?.close();
  }

  log('card render times…');
  const renderMicros = renderTimes(options.renders);
  log(`memory: ${options.memoryConversations} idle conversations on the in-memory state storage…`);
  const memory = await memoryPerConversation(options.memoryConversations);
  const sortedReady = [...readyMs].sort((x, y) => x - y);
  const startup = { readyMs, medianReadyMs: sortedReady[1]! };
  return paths.map((path) => results({ ...options, channel: path.channel }, path, renderMicros, memory, startup));
}

/** One round of one path: the advisor between the references, the stock echo and the floor each right next to it. */
async function runRound(
  path: PathRounds,
  options: BenchOptions,
  connector: StandInConnector | undefined,
  echoFirst: boolean,
  baselineScript?: string,
): Promise<void> {
  const { replies } = path;
  const measure = async (
    script: string,
    rounds: LoadFigures[],
    tag: string,
    run: (base: string, id: string, i: number) => Promise<{ latencies: number[]; completed: boolean }>,
    start: { nodeArgs?: string[] } = {},
  ): Promise<void> => {
    const child = await startChild(script, start);
    try {
      rounds.push(await load(child, options, connector, run, tag));
    } finally {
      await child.stop();
    }
  };
  const advisorRun = (base: string, id: string, i: number): Promise<{ latencies: number[]; completed: boolean }> =>
    advisorConversation(base, replies, id, PATHS[i % PATHS.length]!, options.cases);
  const echoRun = (base: string, id: string): Promise<{ latencies: number[]; completed: boolean }> => echoConversation(base, replies, id, options.cases);
  // With a baseline, the two advisors run back to back, in turn first.
  const runAdvisor = async (): Promise<void> => {
    if (baselineScript && echoFirst) await measure(baselineScript, path.baseline, 'advisor', advisorRun, ON_ADVISOR_HOST);
    await measure('dist/src/index.js', path.advisor, 'advisor', advisorRun, ON_ADVISOR_HOST);
    if (baselineScript && !echoFirst) await measure(baselineScript, path.baseline, 'advisor', advisorRun, ON_ADVISOR_HOST);
  };
  // On the Teams invoke path the own-host echo's clicks are invokes too (the stock echo and the
  // floor, bots without Universal Actions, get messages): the host's cost on the advisor's path.
  const invokes = replies.channel === 'msteams' && replies.teamsClicks !== 'message' && replies.delivery === 'connector';
  const ownHostRun = invokes ? (base: string, id: string) => echoClicksConversation(base, replies, id, options.cases) : echoRun;
  const runEcho = (): Promise<void> => measure('dist/bench/echoServer.js', path.echo, 'echo', ownHostRun, ON_ADVISOR_HOST);
  const runStock = (): Promise<void> => measure(STOCK_ECHO_SCRIPT, path.stock, 'stock', echoRun);
  const runFloor = (): Promise<void> => measure(FLOOR_SCRIPT, path.floor, 'floor', echoRun);
  const order = echoFirst ? [runEcho, runStock, runAdvisor, runFloor] : [runFloor, runAdvisor, runStock, runEcho];
  for (const run of order) await run();
}

function results(
  options: BenchOptions,
  path: PathRounds,
  renderMicros: Record<string, number>,
  memory: BenchResults['memory'],
  startup: BenchResults['startup'],
): BenchResults {
  const { advisor: advisorRounds, echo: echoRounds, stock: stockRounds, floor: floorRounds, baseline: baselineRounds } = path;
  const ratiosOf = (a: LoadFigures[], b: LoadFigures[]): Ratios => {
    const t = pairedRatio(a, b, (f) => f.turnsPerSecond);
    const p = pairedRatio(a, b, (f) => f.p99);
    return { throughput: t.median, p99: p.median, throughputRange: t.range, p99Range: p.range };
  };
  const ratios = ratiosOf(advisorRounds, echoRounds);
  const stockRatios = ratiosOf(advisorRounds, stockRounds);
  const floorRatios = { advisor: ratiosOf(advisorRounds, floorRounds), stock: ratiosOf(stockRounds, floorRounds), echo: ratiosOf(echoRounds, floorRounds) };
  const againstBaseline = (): BenchResults['baseline'] => {
    if (baselineRounds.length === 0) return undefined;
    return {
      figures: medianOfRounds(baselineRounds),
      ratios: ratiosOf(advisorRounds, baselineRounds),
      p50: pairedRatio(advisorRounds, baselineRounds, (f) => f.p50).median,
      cpu: pairedRatio(advisorRounds, baselineRounds, (f) => f.serverCpuMsPerTurn).median,
      stockP99: pairedRatio(baselineRounds, stockRounds, (f) => f.p99).median,
    };
  };
  const baseline = againstBaseline();
  return {
    ...(baseline ? { baseline } : {}),
    machine: { cpus: os.cpus().length, node: process.version },
    options,
    advisor: medianOfRounds(advisorRounds),
    echo: medianOfRounds(echoRounds),
    stock: medianOfRounds(stockRounds),
    floor: medianOfRounds(floorRounds),
    ratios,
    stockRatios,
    floorRatios,
    renderMicros,
    memory,
    startup,
    targets: {
      throughput: { value: ratios.throughput, target: '≥ 0.85 × echo', met: ratios.throughput >= 0.85 },
      p99: { value: ratios.p99, target: '≤ 1.5 × echo', met: ratios.p99 <= 1.5 },
      memoryPerConversation: { value: memory.longest.heapBytes, target: '≤ 4096 bytes', met: memory.longest.heapBytes <= 4096 },
      startup: { value: startup.medianReadyMs, target: '≤ 1500 ms', met: startup.medianReadyMs <= 1500 },
      ...stockTargets(options, stockRatios, floorRatios.advisor),
    },
  };
}

// Both Web Chat and Teams in one sitting unless BENCH_CHANNEL names one (bench/paths.ts); each
// path's results go to a file of its own.
if (require.main === module) {
  benchUsageIfAsked(
    'npm run bench',
    'The cost of an advisor turn over HTTP against the reference bots, card render times, memory per conversation and start-up time.',
  );
  runFromCommandLine((options) => {
    const channels = channelsToRun(process.env.BENCH_CHANNEL, options.delivery, options.channel ?? 'webchat');
    let sitting: Promise<BenchResults[]> | undefined;
    return channels.map((channel, i) => ({
      run: async () => (await (sitting ??= runSitting(options, channels)))[i]!,
      out: resultsFile(process.env.BENCH_OUT, BENCH_DIR, channel, i === 0),
    }));
  }, formatTable);
}
