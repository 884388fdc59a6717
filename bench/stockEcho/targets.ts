// What the advisor must reach against the stock echo bot, by path: in Teams (card clicks that also
// turn the answered card into a receipt) at least its throughput and no worse a p99; over Web Chat
// and with replies in the response (expectReplies) a tenth more throughput.
import type { BenchOptions, Ratios } from '../options';

/** The stock bot's entry, relative to the project root (built by `npm run build`). */
export const STOCK_ECHO_SCRIPT = 'dist/bench/stockEcho/server.js';

export function stockTargets(options: Pick<BenchOptions, 'channel'>, ratios: Ratios): Record<string, { value: number; target: string; met: boolean }> {
  if (options.channel === 'msteams') {
    return {
      stockThroughput: { value: ratios.throughput, target: '≥ 1.0 × stock echo', met: ratios.throughput >= 1.0 },
      stockP99: { value: ratios.p99, target: '≤ 1.0 × stock echo', met: ratios.p99 <= 1.0 },
    };
  }
  return { stockThroughput: { value: ratios.throughput, target: '≥ 1.1 × stock echo', met: ratios.throughput >= 1.1 } };
}
