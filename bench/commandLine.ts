// The command line shared by the benchmarks: options from the environment (a bad one is one clear
// line), then each job's table printed and its results written, one job after another.
import * as fs from 'fs';
import * as path from 'path';
import { BenchOptions, optionsFromEnvironment } from './options';

const ROOT = path.resolve(__dirname, '..', '..');
/** Where results files go unless BENCH_OUT says otherwise. */
export const BENCH_DIR = path.join(ROOT, 'bench');

export interface BenchJob<R> {
  run: () => Promise<R>;
  /** The results file. */
  out: string;
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
