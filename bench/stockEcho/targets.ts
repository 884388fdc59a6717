// What the advisor must reach against the stock echo bot, by path: in Teams with Universal Actions
// (a click answered in its invoke, no connector call) one and a half times its throughput and at
// most 0.8 of its p99; on the older Teams path (a click is a message, the answered card becomes a
// receipt) at least its throughput and no worse a p99; over Web Chat and with replies in the
// response (expectReplies) a tenth more throughput.
import type { BenchOptions, Ratios } from '../options';

/** The stock bot's entry, relative to the project root (built by `npm run build`). */
export const STOCK_ECHO_SCRIPT = 'dist/bench/stockEcho/server.js';
/** The floor bot's entry (bench/floor). */
export const FLOOR_SCRIPT = 'dist/bench/floor/server.js';

export function stockTargets(
  options: Pick<BenchOptions, 'channel' | 'teamsClicks'>,
  ratios: Ratios,
): Record<string, { value: number; target: string; met: boolean }> {
  if (options.channel === 'msteams' && (options.teamsClicks ?? 'invoke') === 'invoke') {
    return {
      stockThroughput: { value: ratios.throughput, target: '≥ 1.5 × stock echo', met: ratios.throughput >= 1.5 },
      stockP99: { value: ratios.p99, target: '≤ 0.8 × stock echo', met: ratios.p99 <= 0.8 },
    };
  }
  if (options.channel === 'msteams') {
    return {
      stockThroughput: { value: ratios.throughput, target: '≥ 1.0 × stock echo', met: ratios.throughput >= 1.0 },
      stockP99: { value: ratios.p99, target: '≤ 1.0 × stock echo', met: ratios.p99 <= 1.0 },
    };
  }
  return { stockThroughput: { value: ratios.throughput, target: '≥ 1.1 × stock echo', met: ratios.throughput >= 1.1 } };
}
