// What a run reports: medians over rounds, paired advisor/echo ratios and the printed table.
import { BenchResults, LoadFigures } from './options';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The ratio advisor/echo of each round (the two bots run back to back in a round), and its median
 * over the rounds. Pairing keeps the machine's drift between rounds out of the ratio; the range
 * shows how far single rounds went.
 */
export function pairedRatio(advisor: LoadFigures[], echo: LoadFigures[], pick: (f: LoadFigures) => number): { median: number; range: [number, number] } {
  const ratios = advisor.map((a, i) => pick(a) / pick(echo[i]!)).sort((x, y) => x - y);
  return { median: median(ratios), range: [ratios[0]!, ratios[ratios.length - 1]!] };
}

/**
 * Each figure is the median over the rounds: one round can be disturbed (a GC pause, the other
 * process on the same core), and a single p99 out of a thousand turns is especially jumpy.
 */
export function medianOfRounds(rounds: LoadFigures[]): LoadFigures {
  const pick = (f: (r: LoadFigures) => number): number => median(rounds.map(f));
  return {
    conversations: rounds[0]!.conversations,
    conversationsRun: rounds[0]!.conversationsRun,
    turns: pick((r) => r.turns),
    seconds: pick((r) => r.seconds),
    turnsPerSecond: pick((r) => r.turnsPerSecond),
    p50: pick((r) => r.p50),
    p95: pick((r) => r.p95),
    p99: pick((r) => r.p99),
    rssBeforeMb: pick((r) => r.rssBeforeMb),
    rssAfterMb: pick((r) => r.rssAfterMb),
    serverCpuMsPerTurn: pick((r) => r.serverCpuMsPerTurn),
    driverCpuMsPerTurn: pick((r) => r.driverCpuMsPerTurn),
    ...(rounds[0]!.messagesPerTurn !== undefined
      ? { messagesPerTurn: pick((r) => r.messagesPerTurn ?? NaN), updatesPerTurn: pick((r) => r.updatesPerTurn ?? NaN) }
      : {}),
    completed: Math.min(...rounds.map((r) => r.completed)),
    allocatedMbPerTurn: pick((r) => r.allocatedMbPerTurn),
  };
}

function fixed(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

export function formatTable(r: BenchResults): string {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const out: string[] = [];
  const delivery = r.options.delivery === 'connector' ? 'replies POSTed to a stand-in connector' : 'replies in the response (expectReplies)';
  const channel =
    r.options.channel !== 'msteams'
      ? 'Web Chat'
      : (r.options.teamsClicks ?? 'invoke') === 'invoke'
        ? 'Teams (clicks as adaptiveCard/action invokes)'
        : 'Teams (clicks as messages, receipts)';
  out.push(
    `${r.options.conversations} concurrent ${channel} conversations × ${r.options.cases} cases, ${r.options.sequential} conversations per user one after another, ${delivery}, median of ${r.options.rounds} rounds, ${r.machine.cpus} CPUs, Node ${r.machine.node}`,
  );
  out.push('');
  out.push(
    row([
      'bot',
      'turns',
      'turns/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'bot CPU ms/turn',
      'load generator CPU ms/turn',
      'MB allocated/turn',
      'RSS before→after MB',
      'completed',
    ]),
  );
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const [name, f] of [
    ['advisor', r.advisor],
    ['echo (own host)', r.echo],
    ['stock echo', r.stock],
    ['floor (no framework)', r.floor],
    ...(r.baseline ? ([['advisor before (BENCH_BASELINE)', r.baseline.figures]] as const) : []),
  ] as const) {
    out.push(
      row([
        name,
        String(f.turns),
        fixed(f.turnsPerSecond),
        fixed(f.p50, 2),
        fixed(f.p95, 2),
        fixed(f.p99, 2),
        fixed(f.serverCpuMsPerTurn, 2),
        fixed(f.driverCpuMsPerTurn, 2),
        fixed(f.allocatedMbPerTurn, 3),
        `${fixed(f.rssBeforeMb)}→${fixed(f.rssAfterMb)}`,
        `${f.completed}/${f.conversationsRun}`,
      ]),
    );
  }
  out.push('');
  out.push(row(['target', 'measured', 'goal', 'met']));
  out.push(row(['---', '---:', '---', '---']));
  const spread = (range: [number, number]): string => (r.options.rounds > 1 ? ` (rounds ${fixed(range[0], 2)}–${fixed(range[1], 2)})` : '');
  out.push(
    row([
      'throughput ratio (advisor/echo)',
      `${fixed(r.ratios.throughput, 2)}${spread(r.ratios.throughputRange)}`,
      r.targets.throughput!.target,
      r.targets.throughput!.met ? 'yes' : 'NO',
    ]),
  );
  out.push(
    row(['p99 ratio (advisor/echo)', `${fixed(r.ratios.p99, 2)}${spread(r.ratios.p99Range)}`, r.targets.p99!.target, r.targets.p99!.met ? 'yes' : 'NO']),
  );
  if (r.baseline) {
    const b = r.baseline;
    out.push(
      row([
        'throughput ratio (advisor/before)',
        `${fixed(b.ratios.throughput, 2)}${spread(b.ratios.throughputRange)}`,
        'no regression',
        b.ratios.throughput >= 0.95 ? 'yes' : 'NO',
      ]),
    );
    out.push(
      row(['p99 ratio (advisor/before)', `${fixed(b.ratios.p99, 2)}${spread(b.ratios.p99Range)}`, 'no regression', b.ratios.p99 <= 1.05 ? 'yes' : 'NO']),
    );
    out.push(row(['p50 ratio (advisor/before)', fixed(b.p50, 2), '—', '—']));
    out.push(row(['bot CPU ratio (advisor/before)', fixed(b.cpu, 2), '—', '—']));
    out.push(row(['p99 ratio (before/stock echo)', fixed(b.stockP99, 2), '—', '—']));
  }
  for (const name of Object.keys(r.targets).filter((k) => k.startsWith('stock'))) {
    const t = r.targets[name]!;
    const range = name === 'stockP99' ? r.stockRatios.p99Range : r.stockRatios.throughputRange;
    out.push(
      row([
        name === 'stockP99' ? 'p99 ratio (advisor/stock echo)' : 'throughput ratio (advisor/stock echo)',
        `${fixed(t.value, 2)}${spread(range)}`,
        t.target,
        t.met ? 'yes' : 'NO',
      ]),
    );
  }
  out.push(
    row([
      'throughput against the floor (advisor; stock echo)',
      `${fixed(r.floorRatios.advisor.throughput, 2)}${spread(r.floorRatios.advisor.throughputRange)}; ${fixed(r.floorRatios.stock.throughput, 2)}${spread(r.floorRatios.stock.throughputRange)}`,
      r.targets.floorThroughput ? `advisor ${r.targets.floorThroughput.target}` : 'for reference',
      r.targets.floorThroughput ? (r.targets.floorThroughput.met ? 'yes' : 'NO') : '',
    ]),
  );
  out.push(
    row([
      'throughput against the floor (echo on the own host: the host alone)',
      `${fixed(r.floorRatios.echo.throughput, 2)}${spread(r.floorRatios.echo.throughputRange)}`,
      'for reference',
      '',
    ]),
  );
  out.push(
    row(['p99 against the floor (advisor; stock echo)', `${fixed(r.floorRatios.advisor.p99, 2)}; ${fixed(r.floorRatios.stock.p99, 2)}`, 'for reference', '']),
  );
  out.push(row(['bot CPU per turn ratio (echo/advisor)', fixed(r.echo.serverCpuMsPerTurn / r.advisor.serverCpuMsPerTurn, 2), 'for reference', '']));
  out.push(
    row([
      `memory per idle conversation, ids list full (${fixed(r.memory.longest.turns, 0)} turns): heap`,
      `${fixed(r.memory.longest.heapBytes, 0)} B (stored ${fixed(r.memory.longest.storedBytes, 0)} B)`,
      r.targets.memoryPerConversation!.target,
      r.targets.memoryPerConversation!.met ? 'yes' : 'NO',
    ]),
  );
  out.push(
    row([
      'ready to serve after node starts (median of 3)',
      `${fixed(r.startup.medianReadyMs, 0)} ms`,
      r.targets.startup!.target,
      r.targets.startup!.met ? 'yes' : 'NO',
    ]),
  );
  out.push('');
  const calls = (f: LoadFigures): string =>
    `${fixed(f.messagesPerTurn ?? NaN, 2)} messages${(f.updatesPerTurn ?? 0) > 0 ? ` + ${fixed(f.updatesPerTurn!, 2)} updates` : ''}`;
  if (r.advisor.messagesPerTurn !== undefined)
    out.push(`connector calls per turn: advisor ${calls(r.advisor)}, echo ${calls(r.echo)}, stock echo ${calls(r.stock)}, floor ${calls(r.floor)}`);
  out.push(
    `after one case (${fixed(r.memory.oneCase.turns, 0)} turns): heap ${fixed(r.memory.oneCase.heapBytes, 0)} B, stored ${fixed(r.memory.oneCase.storedBytes, 0)} B per conversation; RSS per 1,000 such conversations: ${fixed(r.memory.rssMbPer1000, 2)} MB (${r.memory.conversations} conversations)`,
  );
  out.push(
    `in-memory state bounded at MEMORY_STATE_MAX_ENTRIES ${r.memory.bound.maxEntries} (${r.memory.bound.maxEntries / 2} idle conversations with their users): at most ${fixed(r.memory.bound.heapMb, 1)} MB of heap, conversations as the longest above`,
  );
  out.push(
    `card render µs: ${Object.entries(r.renderMicros)
      .map(([k, v]) => `${k} ${fixed(v, 0)}`)
      .join(', ')}`,
  );
  return out.join('\n');
}
