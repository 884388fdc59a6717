// A process's resident memory from /proc, and its largest growth while some work runs: what the
// hostile-input tests measure their bot process by.
import * as fs from 'fs';

const MB = 1024 * 1024;

/** The process's resident memory in bytes. */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
}

/**
 * Runs `work` while sampling the process's memory every `everyMs`, then once more after
 * `settleMs`: its result and the largest growth over the memory before it, in MB.
 */
export async function rssGrowthDuring<T>(pid: number, work: () => Promise<T>, everyMs: number, settleMs = 0): Promise<{ result: T; growthMb: number }> {
  const baseline = rssOf(pid);
  let peak = baseline;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(pid));
    } catch {
      // The process is gone: the test fails elsewhere.
    }
  }, everyMs);
  try {
    const result = await work();
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    peak = Math.max(peak, rssOf(pid));
    return { result, growthMb: (peak - baseline) / MB };
  } finally {
    clearInterval(sampler);
  }
}
