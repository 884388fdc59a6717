// Which paths one `npm run bench` measures. Unless BENCH_CHANNEL names one, a run with the
// connector delivery measures both Web Chat and Teams (the advisor against both echo bots on
// each); Teams needs the connector (a receipt is a connector call), so with expectReplies it is
// Web Chat alone.
import type { BenchChannel, Delivery } from './options';

export function channelsToRun(namedChannel: string | undefined, delivery: Delivery, channel: BenchChannel): BenchChannel[] {
  if (namedChannel !== undefined && namedChannel !== '') return [channel];
  return delivery === 'connector' ? ['webchat', 'msteams'] : ['webchat'];
}

/** Where a path's results go: the file given (default bench/results.json) for the first, with the channel added for the others. */
export function resultsFile(given: string | undefined, dir: string, channel: BenchChannel, first: boolean): string {
  const base = given ?? `${dir}/results.json`;
  return first ? base : `${base.replace(/\.json$/, '')}-${channel}.json`;
}
