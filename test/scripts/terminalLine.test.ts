// What the started bot prints for a person and for a log collector: on a terminal (a
// pseudo-terminal made by util-linux's `script`), one plain line with the Web Chat page to open
// beside the JSON lines; on a pipe (a collector), JSON lines only.
import { strict as assert } from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { START_FLAGS } from '../support/botProcess';
import { PROJECT_ROOT } from '../support/paths';

const ENTRY = path.join(PROJECT_ROOT, 'dist', 'src', 'index.js');
const LISTENING = /"msg":"advisor listening"/;
const PLAIN = /^Open (http:\/\/127\.0\.0\.1:(\d+))\/ for the Web Chat page$/m;
const STOPPED = /"msg":"stopped cleanly"/;

/**
 * Runs the bot under a pseudo-terminal until `done` accepts its output, runs `meanwhile` with it
 * while the bot still runs, then stops the bot and returns all it printed.
 */
async function terminalOutputUntil(done: (output: string) => boolean, meanwhile: (output: string) => Promise<void>): Promise<string> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-terminal-'));
  const command = [process.execPath, ...START_FLAGS, ENTRY];
  const quoted = command.map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(' ');
  const child: ChildProcess = spawn('script', ['-qfec', quoted, '/dev/null'], { cwd, env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, detached: true });
  let output = '';
  try {
    const first = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such output in 60 s:\n${output}`)), 60_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8').replace(/\r\n/g, '\n');
        if (done(output)) {
          clearTimeout(timer);
          resolve(output);
        }
      });
      child.on('exit', () => reject(new Error(`the bot exited:\n${output}`)));
    });
    await meanwhile(first);
    return output;
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

/**
 * Runs the bot on a pipe until it listens, stops it with SIGTERM and returns all it printed, read
 * until its stdout closed, with how it exited.
 */
async function outputToTheEnd(): Promise<{ output: string; exit: { code: number | null; signal: NodeJS.Signals | null } }> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-terminal-'));
  const child = spawn(process.execPath, [...START_FLAGS, ENTRY], {
    cwd,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no clean stop in 60 s:\n${output}`)), 60_000);
      let signalled = false;
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (!signalled && LISTENING.test(output)) {
          signalled = true;
          child.kill('SIGTERM');
        }
      });
      // 'close': the process has exited and its stdout has ended, so nothing printed is still on the way.
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ output, exit: { code, signal } });
      });
    });
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

describe('the start-up lines, on a terminal and on a pipe', function () {
  this.timeout(90_000);

  it('on a terminal: one plain line with the Web Chat page, which the bot serves, besides the JSON line', async () => {
    let status = 0;
    const output = await terminalOutputUntil(
      (out) => LISTENING.test(out) && PLAIN.test(out),
      async (out) => {
        status = (await fetch(`${PLAIN.exec(out)![1]!}/`)).status;
      },
    );
    const [, url, port] = PLAIN.exec(output)!;
    assert.ok(Number(port) > 0, url);
    assert.equal(status, 200, `${url}/ serves the page`);
    // The JSON line names the same address, for collectors.
    assert.match(output, new RegExp(`"url":"${url!.replace(/\./g, '\\.')}"`));
    assert.equal(output.match(/^Open /gm)?.length, 1, 'one plain line');
  });

  it('issue 67 finding 5: on a pipe, JSON lines only, read to the end of stdout after a clean stop', async () => {
    // Absence after a positive signal, not after a sleep: the bot is stopped with SIGTERM once it
    // listens, and all it printed is read until its stdout closes; the clean-stop line and exit 0
    // prove that everything it would print (a plain line included, whenever it came) is in.
    const { output, exit } = await outputToTheEnd();
    assert.match(output, LISTENING);
    assert.match(output, STOPPED, 'the clean-stop line, the last thing the bot prints');
    assert.deepEqual(exit, { code: 0, signal: null });
    for (const line of output.split('\n').filter((l) => l.trim() !== '')) {
      assert.doesNotThrow(() => JSON.parse(line) as unknown, `not a JSON line: ${line}`);
    }
    assert.doesNotMatch(output, PLAIN);
    assert.doesNotMatch(output, /^Open /m, 'no plain line of any form');
  });
});
