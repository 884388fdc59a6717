// `--help` on every command the docs show prints its usage and exits 0 before doing anything: no
// "--help needs a value", no benchmark run, no file written (make-icons once wrote a folder named
// "--help"), nothing served. Each command is run as its npm script runs it (the built file for the
// TypeScript ones), and the script's line in package.json is checked to name that file.
// (npm run webhooks has its own usage, with its own tests.)
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { PROJECT_ROOT } from '../support/paths';

const run = promisify(execFile);
const SCRIPTS = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** npm script, the source file its line runs, and the file run here (built, for TypeScript). */
const COMMANDS: [script: string, source: string, runs: string][] = [
  ['start', 'dist/src/index.js', 'dist/src/index.js'],
  ['start:demo', 'dist/tools/standins/serve.js', 'dist/tools/standins/serve.js'],
  ['content:check', 'scripts/content-check.ts', 'dist/scripts/content-check.js'],
  ['policy:diff', 'scripts/policy-diff.ts', 'dist/scripts/policy-diff.js'],
  ['mutation:score', 'scripts/mutation-score.ts', 'dist/scripts/mutation-score.js'],
  ['bench:nlu', 'scripts/bench-nlu.ts', 'dist/scripts/bench-nlu.js'],
  ['nlu:sealed', 'scripts/sealed-score.ts', 'dist/scripts/sealed-score.js'],
  ['cards:preview', 'scripts/cards-preview.ts', 'dist/scripts/cards-preview.js'],
  ['icons', 'scripts/make-icons.ts', 'dist/scripts/make-icons.js'],
  ['package', 'scripts/package-app.ts', 'dist/scripts/package-app.js'],
  ['playground', 'scripts/playground.js', 'scripts/playground.js'],
  ['bench', 'dist/bench/run.js', 'dist/bench/run.js'],
  ['bench:layers', 'dist/bench/layers.js', 'dist/bench/layers.js'],
  ['bench:telemetry', 'dist/bench/telemetry.js', 'dist/bench/telemetry.js'],
  ['bench:tokens', 'dist/bench/tokens.js', 'dist/bench/tokens.js'],
  ['bench:panel', 'dist/bench/panel.js', 'dist/bench/panel.js'],
  ['bench:followups', 'dist/bench/followUps.js', 'dist/bench/followUps.js'],
];

describe('--help prints the usage of every command the docs show', function () {
  this.timeout(120_000);

  it('names each npm script this test runs', () => {
    for (const [script, source] of COMMANDS) assert.ok(SCRIPTS[script]?.includes(source), `${script}: ${SCRIPTS[script]}`);
  });

  for (const [script, , file] of COMMANDS) {
    it(`npm run ${script} -- --help`, async () => {
      const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'help-'));
      const policy = fs.statSync(path.join(PROJECT_ROOT, 'docs', 'policy.md')).mtimeMs;
      try {
        // -h too, on the quick ones (the others load the whole bot first).
        for (const flag of file.startsWith('dist/scripts/') ? ['--help', '-h'] : ['--help']) {
          const { stdout, stderr } = await run(process.execPath, [path.join(PROJECT_ROOT, file), flag], {
            cwd,
            env: { PATH: process.env.PATH ?? '', PORT: '0' },
            timeout: 30_000,
          });
          const command = script === 'start' ? 'npm start' : `npm run ${script}`;
          assert.ok(stdout.startsWith(`Usage: ${command}`), `${script} ${flag}: ${stdout}${stderr}`);
          assert.ok(stdout.trim().split('\n').length >= 2, 'more than the usage line: what it does');
          assert.equal(stderr, '', `${script} ${flag}: nothing on stderr`);
        }
        assert.deepEqual(fs.readdirSync(cwd), [], 'nothing written where it ran');
        assert.equal(fs.statSync(path.join(PROJECT_ROOT, 'docs', 'policy.md')).mtimeMs, policy, 'docs/policy.md not rewritten');
      } finally {
        fs.rmSync(cwd, { recursive: true, force: true });
      }
    });
  }
});
