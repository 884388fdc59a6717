// The command line shared by the benchmarks: options from the environment (a bad one is one clear
// line), then each job's table printed and its results written, one job after another.
import * as fs from 'fs';
import * as path from 'path';
import { BenchOptions, optionsFromEnvironment } from './options';
import { usageIfAsked } from '../scripts/lib/usage';

const ROOT = path.resolve(__dirname, '..', '..');
/** Where results files go unless BENCH_OUT says otherwise. */
export const BENCH_DIR = path.join(ROOT, 'bench');

export interface BenchJob<R> {
  run: () => Promise<R>;
  /** The results file. */
  out: string;
}

/** `--help` for a benchmark: its command, what it measures, and where its BENCH_* settings are listed; then exit 0. */
export function benchUsageIfAsked(command: string, what: string): void {
  usageIfAsked(
    `Usage: ${command}\n${what}\nIts settings come from the environment (BENCH_CONVERSATIONS, BENCH_ROUNDS, BENCH_OUT, ...): bench/README.md lists them with the method and the figures.`,
  );
}

export function runFromCommandLine<R>(jobs: (options: BenchOptions) => BenchJob<R>[], format: (results: R) => string): void {
  let options: BenchOptions;
  try {
    options = optionsFromEnvironment();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  (async () => {
    for (const job of jobs(options)) {
      const results = await job.run();
      process.stdout.write(`\n${format(results)}\n`);
      fs.writeFileSync(job.out, JSON.stringify(results, null, 2));
      process.stdout.write(`\nresults written to ${path.relative(ROOT, job.out)}\n`);
    }
  })().catch((error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
