// The Microsoft 365 Agents Toolkit CLI for the tests, installed once into a cache folder and
// reused (it is large and only these tests need it, so it stays out of package.json and npm ci).
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from './paths';

/** The version the project is checked with; the deploy workflow installs the same one. */
export const ATK_VERSION = '1.1.17';
export const ATK_CACHE = process.env.ATK_CACHE_DIR || path.join(PROJECT_ROOT, 'node_modules', '.cache', `atk-cli-${ATK_VERSION}`);
const ATK_ENTRY = path.join(ATK_CACHE, 'node_modules', '@microsoft', 'm365agentstoolkit-cli', 'cli.js');

/** Installs the CLI into the cache unless it is there (install scripts off: none is needed). */
export function ensureAtk(): void {
  if (fs.existsSync(ATK_ENTRY)) return;
  fs.mkdirSync(ATK_CACHE, { recursive: true });
  const run = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      ATK_CACHE,
      '--ignore-scripts',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      `@microsoft/m365agentstoolkit-cli@${ATK_VERSION}`,
    ],
    {
      encoding: 'utf8',
      timeout: 10 * 60_000,
    },
  );
  if (run.status !== 0 || !fs.existsSync(ATK_ENTRY))
    throw new Error(`could not install the Agents Toolkit CLI: ${(run.stderr || run.stdout || String(run.error)).slice(-1500)}`);
}

/** Runs `atk <args>` in `cwd` without telemetry or prompts; the environment is added to PATH and HOME. */
export function atk(args: string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [ATK_ENTRY, ...args, '--interactive', 'false', '--telemetry', 'false'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 3 * 60_000,
  });
}

/** The toolkit's own library (teamsfx-core), installed with the CLI. */
export const ATK_CORE = path.join(ATK_CACHE, 'node_modules', '@microsoft', 'teamsfx-core');

/**
 * Runs `body` (the inside of an async function of `core`, the toolkit library's folder, and
 * `input`, the JSON given) in a Node process of its own, so none of the toolkit's modules load into
 * the test process, and returns what the function returns (as JSON). `env` is all of that
 * process's environment besides PATH and HOME: the toolkit reads its ${{VAR}} values from there.
 */
export function atkLibrary<T>(body: string, input: unknown, env: Record<string, string> = {}): T {
  const script = `
    let text = '';
    process.stdin.on('data', (chunk) => (text += chunk));
    process.stdin.on('end', async () => {
      try {
        const result = await (async (core, input) => {${body}})(${JSON.stringify(ATK_CORE)}, JSON.parse(text));
        process.stdout.write('\\n' + JSON.stringify(result === undefined ? null : result) + '\\n');
      } catch (err) {
        console.error(err && err.stack ? err.stack : String(err));
        process.exit(1);
      }
    });`;
  const run = spawnSync(process.execPath, ['-e', script], {
    input: JSON.stringify(input),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 3 * 60_000,
  });
  if (run.status !== 0) throw new Error(`the toolkit library failed: ${(run.stderr || String(run.error)).slice(-1500)}`);
  const lines = run.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}
