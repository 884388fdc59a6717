// `npm run bench`: the cost of a real advisor turn over HTTP, measured against an echo bot on
// the same stack in the same run, plus card render times, memory per stored conversation and
// start-up time. Ratios are what matter; absolute numbers depend on the machine.
//
// Knobs (environment): BENCH_CONVERSATIONS (concurrent, default 50, up to 1000), BENCH_CASES (cases
// per conversation, default 4), BENCH_SEQUENTIAL (conversations each simulated user goes through
// one after another in a measured round, default 3), BENCH_ROUNDS (default 5), BENCH_DELIVERY (connector, the default:
// replies are POSTed to a stand-in connector at serviceUrl, as in Teams and Direct Line; or
// expectReplies: replies come back in the HTTP response), BENCH_CHANNEL (webchat, the default, or
// msteams: answered cards also become receipts; needs the connector delivery),
// BENCH_MEMORY_CONVERSATIONS (default 2000), BENCH_RENDERS (default 500), BENCH_OUT (results file),
// BENCH_NODE_ARGS (extra node flags for the bot processes, e.g. "--cpu-prof --cpu-prof-dir=prof"),
// BENCH_BASELINE (the advisor before a change: another built checkout's dist/src/index.js, run in
// every round right before or after this one, alternating).
import * as os from 'os';
import { StandInConnector } from './standInConnector';
import { PATHS, Replies, advisorConversation, echoConversation } from './conversations';
import { load, startChild } from './load';
import { memoryPerConversation, renderTimes } from './memory';
import { BenchOptions, BenchResults, LoadFigures, Ratios } from './options';
import { BENCH_DIR, runFromCommandLine } from './commandLine';
import { formatTable, medianOfRounds, pairedRatio } from './report';
import { FLOOR_SCRIPT, STOCK_ECHO_SCRIPT, stockTargets } from './stockEcho/targets';
import { channelsToRun, resultsFile } from './paths';

// ---------------------------------------------------------------- the run

export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
  const channel = options.channel ?? 'webchat';
  if (channel === 'msteams' && options.delivery !== 'connector')
    throw new Error('Teams turns need the connector delivery: the first card of a case is a message posted to the connector');
  const log = (line: string): void => {
    if (options.verbose) process.stdout.write(`${line}\n`);
  };

  log('start-up: spawning the advisor 3 times…');
  const readyMs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const child = await startChild('dist/src/index.js');
    readyMs.push(child.readyMs);
    await child.stop();
  }

  const advisorRounds: LoadFigures[] = [];
  const echoRounds: LoadFigures[] = [];
  const stockRounds: LoadFigures[] = [];
  const floorRounds: LoadFigures[] = [];
  const baselineRounds: LoadFigures[] = [];
  const baselineScript = options.baseline;
  const connector = options.delivery === 'connector' ? await StandInConnector.start() : undefined;
  const teamsClicks = options.teamsClicks ?? 'invoke';
  const replies: Replies = connector ? { delivery: 'connector', connector, channel, teamsClicks } : { delivery: 'expectReplies', channel, teamsClicks };
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      // The bots take turns going first, so a machine that speeds up or slows down during a
      // round favours neither of them over the run.
      const echoFirst = round % 2 === 0;
      log(`round ${round}/${options.rounds}: ${options.conversations} concurrent conversations against each bot, replies by ${options.delivery}…`);
      const runAdvisorOf = async (script: string, rounds: LoadFigures[]): Promise<void> => {
        const child = await startChild(script);
        try {
          rounds.push(
            await load(child, options, connector, (base, id, i) => advisorConversation(base, replies, id, PATHS[i % PATHS.length]!, options.cases), 'advisor'),
          );
        } finally {
          await child.stop();
        }
      };
      // With a baseline, the two advisors run back to back, in turn first.
      const runAdvisor = async (): Promise<void> => {
        if (baselineScript && echoFirst) await runAdvisorOf(baselineScript, baselineRounds);
        await runAdvisorOf('dist/src/index.js', advisorRounds);
        if (baselineScript && !echoFirst) await runAdvisorOf(baselineScript, baselineRounds);
      };
      const runEcho = async (): Promise<void> => {
        const child = await startChild('dist/bench/echoServer.js');
        try {
          echoRounds.push(await load(child, options, connector, (base, id) => echoConversation(base, replies, id, options.cases), 'echo'));
        } finally {
          await child.stop();
        }
      };
      const runStock = async (): Promise<void> => {
        const child = await startChild(STOCK_ECHO_SCRIPT);
        try {
          stockRounds.push(await load(child, options, connector, (base, id) => echoConversation(base, replies, id, options.cases), 'stock'));
        } finally {
          await child.stop();
        }
      };
      const runFloor = async (): Promise<void> => {
        const child = await startChild(FLOOR_SCRIPT);
        try {
          floorRounds.push(await load(child, options, connector, (base, id) => echoConversation(base, replies, id, options.cases), 'floor'));
        } finally {
          await child.stop();
        }
      };
      // The advisor runs between the references, the echo bots going first every other round;
      // the stock echo and the floor each run next to the advisor in every round.
      const order = echoFirst ? [runEcho, runStock, runAdvisor, runFloor] : [runFloor, runAdvisor, runStock, runEcho];
      for (const run of order) await run();
    }
  } finally {
    await connector?.close();
  }

  log('card render times…');
  const renderMicros = renderTimes(options.renders);
  log(`memory: ${options.memoryConversations} idle conversations on the in-memory state storage…`);
  const memory = await memoryPerConversation(options.memoryConversations);

  const a = medianOfRounds(advisorRounds);
  const e = medianOfRounds(echoRounds);
  const sortedReady = [...readyMs].sort((x, y) => x - y);
  const medianReadyMs = sortedReady[1]!;
  const throughput = pairedRatio(advisorRounds, echoRounds, (f) => f.turnsPerSecond);
  const p99 = pairedRatio(advisorRounds, echoRounds, (f) => f.p99);
  const ratios = { throughput: throughput.median, p99: p99.median, throughputRange: throughput.range, p99Range: p99.range };
  const stockThroughput = pairedRatio(advisorRounds, stockRounds, (f) => f.turnsPerSecond);
  const stockP99 = pairedRatio(advisorRounds, stockRounds, (f) => f.p99);
  const stockRatios = { throughput: stockThroughput.median, p99: stockP99.median, throughputRange: stockThroughput.range, p99Range: stockP99.range };
  const againstFloor = (rounds: LoadFigures[]): Ratios => {
    const t = pairedRatio(rounds, floorRounds, (f) => f.turnsPerSecond);
    const p = pairedRatio(rounds, floorRounds, (f) => f.p99);
    return { throughput: t.median, p99: p.median, throughputRange: t.range, p99Range: p.range };
  };
  const againstBaseline = (): BenchResults['baseline'] => {
    if (baselineRounds.length === 0) return undefined;
    const t = pairedRatio(advisorRounds, baselineRounds, (f) => f.turnsPerSecond);
    const p = pairedRatio(advisorRounds, baselineRounds, (f) => f.p99);
    const p50 = pairedRatio(advisorRounds, baselineRounds, (f) => f.p50);
    const cpu = pairedRatio(advisorRounds, baselineRounds, (f) => f.serverCpuMsPerTurn);
    const stockP99 = pairedRatio(baselineRounds, stockRounds, (f) => f.p99);
    return {
      figures: medianOfRounds(baselineRounds),
      ratios: { throughput: t.median, p99: p.median, throughputRange: t.range, p99Range: p.range },
      p50: p50.median,
      cpu: cpu.median,
      stockP99: stockP99.median,
    };
  };
  const baseline = againstBaseline();
  return {
    ...(baseline ? { baseline } : {}),
    machine: { cpus: os.cpus().length, node: process.version },
    options,
    advisor: a,
    echo: e,
    stock: medianOfRounds(stockRounds),
    floor: medianOfRounds(floorRounds),
    ratios,
    stockRatios,
    floorRatios: { advisor: againstFloor(advisorRounds), stock: againstFloor(stockRounds) },
    renderMicros,
    memory,
    startup: { readyMs, medianReadyMs },
    targets: {
      throughput: { value: ratios.throughput, target: '≥ 0.85 × echo', met: ratios.throughput >= 0.85 },
      p99: { value: ratios.p99, target: '≤ 1.5 × echo', met: ratios.p99 <= 1.5 },
      memoryPerConversation: { value: memory.longest.heapBytes, target: '≤ 4096 bytes', met: memory.longest.heapBytes <= 4096 },
      startup: { value: medianReadyMs, target: '≤ 1500 ms', met: medianReadyMs <= 1500 },
      ...stockTargets(options, stockRatios),
    },
  };
}

// Both Web Chat and Teams unless BENCH_CHANNEL names one (bench/paths.ts).
if (require.main === module) {
  runFromCommandLine(
    (options) =>
      channelsToRun(process.env.BENCH_CHANNEL, options.delivery, options.channel ?? 'webchat').map((channel, i) => ({
        run: () => runBenchmark({ ...options, channel }),
        out: resultsFile(process.env.BENCH_OUT, BENCH_DIR, channel, i === 0),
      })),
    formatTable,
  );
}
