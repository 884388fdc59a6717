// Loaded into each bot process the benchmark starts (node --require): counts the bytes the process
// allocates on its JavaScript heap between two messages from the benchmark, whatever the bot is.
// V8 keeps no running total, so the probe adds up what each garbage collection found in use
// before it ran, less what the previous one left behind (from V8's GC profiler), plus what was
// added since the last collection.
import * as v8 from 'v8';

interface HeapStats {
  heapStatistics: { usedHeapSize: number };
}
interface GcProfile {
  statistics: { beforeGC: HeapStats; afterGC: HeapStats }[];
}
type Profiler = { start(): void; stop(): GcProfile };

const used = (): number => v8.getHeapStatistics().used_heap_size;

let profiler: Profiler | undefined;
let usedAtStart = 0;

/** Bytes allocated from `usedAtStart` through the collections in `profile` until `usedAtEnd`. */
export function allocatedBytes(usedAtStart: number, profile: GcProfile, usedAtEnd: number): number {
  let total = 0;
  let leftBehind = usedAtStart;
  for (const gc of profile.statistics) {
    total += Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - leftBehind);
    leftBehind = gc.afterGC.heapStatistics.usedHeapSize;
  }
  return total + Math.max(0, usedAtEnd - leftBehind);
}

if (typeof process.send === 'function') {
  process.on('message', (message: unknown) => {
    if (message === 'allocation:start') {
      const Ctor = (v8 as unknown as { GCProfiler?: new () => Profiler }).GCProfiler;
      profiler = Ctor ? new Ctor() : undefined;
      profiler?.start();
      usedAtStart = used();
      process.send!({ allocation: 'started' });
    } else if (message === 'allocation:stop') {
      const profile = profiler?.stop();
      profiler = undefined;
      process.send!({ allocation: 'stopped', bytes: profile ? allocatedBytes(usedAtStart, profile, used()) : NaN });
    }
  });
  // The IPC channel must not keep a bot alive that was told to stop.
  process.channel?.unref();
}
