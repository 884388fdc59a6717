// What the advisor must reach against the stock echo bot, by path. On the two paths a partner
// takes every day, Teams with Universal Actions (a click answered in its invoke) and Web Chat (a
// click is a message, replies POSTed to the connector): at least 1.3 times its throughput and no
// worse a p99; in Teams also at least 0.45 of the floor's throughput. On the older Teams path (a
// click is a message, the answered card becomes a receipt) at least its throughput and no worse a
// p99; with replies in the response (expectReplies) a tenth more throughput.
import type { BenchOptions, Ratios } from '../options';

/** The stock bot's entry, relative to the project root (built by `npm run build`). */
export const STOCK_ECHO_SCRIPT = 'dist/bench/stockEcho/server.js';
/** The floor bot's entry (bench/floor). */
export const FLOOR_SCRIPT = 'dist/bench/floor/server.js';

type Targets = Record<string, { value: number; target: string; met: boolean }>;

function against(ratios: Ratios, throughput: number, p99?: number): Targets {
  return {
    stockThroughput: { value: ratios.throughput, target: `≥ ${throughput.toFixed(1)} × stock echo`, met: ratios.throughput >= throughput },
    ...(p99 !== undefined ? { stockP99: { value: ratios.p99, target: `≤ ${p99.toFixed(1)} × stock echo`, met: ratios.p99 <= p99 } } : {}),
  };
}

export function stockTargets(options: Pick<BenchOptions, 'channel' | 'teamsClicks' | 'delivery'>, ratios: Ratios, floor: Ratios): Targets {
  if (options.channel === 'msteams' && (options.teamsClicks ?? 'invoke') === 'invoke') {
    return { ...against(ratios, 1.3, 1.0), floorThroughput: { value: floor.throughput, target: '≥ 0.45 × floor', met: floor.throughput >= 0.45 } };
  }
  if (options.channel === 'msteams') return against(ratios, 1.0, 1.0);
  return options.delivery === 'connector' ? against(ratios, 1.3, 1.0) : against(ratios, 1.1);
}
