// The command line shared by the benchmarks: options from the environment (a bad one is one clear
// line), the table printed, the results written to BENCH_OUT or bench/<file>.
import * as fs from 'fs';
import * as path from 'path';
import { BenchOptions, optionsFromEnvironment } from './options';

const ROOT = path.resolve(__dirname, '..', '..');

export function runFromCommandLine<R>(run: (options: BenchOptions) => Promise<R>, format: (results: R) => string, file: string): void {
  let options: BenchOptions;
  try {
    options = optionsFromEnvironment();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  run(options)
    .then((results) => {
      process.stdout.write(`\n${format(results)}\n`);
      const out = process.env.BENCH_OUT ?? path.join(ROOT, 'bench', file);
      fs.writeFileSync(out, JSON.stringify(results, null, 2));
      process.stdout.write(`\nresults written to ${path.relative(ROOT, out)}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
