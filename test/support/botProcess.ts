// The compiled bot (dist/src/index.js) as a child process, as production runs it: its own
// process, environment and port, JSON logs on stdout. Every child is killed after the run at the
// latest (root hook and process exit), so no test leaves one behind.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkLogLine, secretsOf } from './logSecrets';

const ENTRY = path.resolve(__dirname, '../../src/index.js');

/** The Node flags `npm start` gives the bot (the heap's bounds), read from package.json: production's launchers use the same. */
export const START_FLAGS: readonly string[] = (() => {
  const packageJson = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { scripts: Record<string, string> };
  const start = /^node((?: --\S+)*) dist\/src\/index\.js$/.exec(packageJson.scripts.start ?? '');
  if (!start) throw new Error(`package.json's start script is not "node [flags] dist/src/index.js": ${packageJson.scripts.start}`);
  return start[1]!.split(' ').filter(Boolean);
})();
const running = new Set<ChildProcess>();
/** Children started in a process group of their own. */
const detachedChildren = new WeakSet<ChildProcess>();

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Another way to start the bot: a command run in a folder the caller owns (a production tree). */
export interface Launch {
  command: string;
  args: string[];
  cwd: string;
}

/** The compiled bot in a folder of its own (so a developer's .env is never picked up), tracked for cleanup. */
function spawnBot(env: Record<string, string>, launch?: Launch): { child: ChildProcess; cwd: string } {
  const cwd = launch ? launch.cwd : fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-bot-'));
  const child = spawn(launch ? launch.command : process.execPath, launch ? launch.args : [...START_FLAGS, ENTRY], {
    cwd,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A launch command (npm start) runs the bot as its own child: in a process group of their
    // own, a signal reaches both, and no bot outlives the test.
    detached: launch !== undefined,
  });
  running.add(child);
  if (launch) detachedChildren.add(child);
  return { child, cwd };
}

export class BotProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly base: string,
    readonly exited: Promise<Exit>,
    /** Every JSON log line so far (the array keeps growing). */
    readonly logs: LogLine[],
    private readonly errors: { text: string },
  ) {}

  /** What the process wrote to stderr (and non-JSON stdout lines). */
  get stderr(): string {
    return this.errors.text;
  }

  /** Starts the bot with PORT=0 and waits until it listens (or fails). */
  static async start(env: Record<string, string>, options: { timeoutMs?: number; launch?: Launch } = {}): Promise<BotProcess> {
    const { child, cwd } = spawnBot(env, options.launch);
    const secrets = secretsOf(env);
    const exited = new Promise<Exit>((resolve) => {
      child.once('exit', (code, signal) => {
        running.delete(child);
        if (!options.launch) fs.rmSync(cwd, { recursive: true, force: true });
        resolve({ code, signal });
      });
    });
    const logs: LogLine[] = [];
    const errors = { text: '' };
    let buffered = '';
    const listening = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bot did not start: ${errors.text}`)), options.timeoutMs ?? 20_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        let newline: number;
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          try {
            const entry = JSON.parse(line) as LogLine;
            checkLogLine(line, secrets);
            logs.push(entry);
            if (entry.msg === 'advisor listening' && typeof entry.url === 'string') {
              clearTimeout(timer);
              resolve(entry.url.replace(/localhost|0\.0\.0\.0|\[::\]/, '127.0.0.1'));
            }
          } catch {
            errors.text += `${line}\n`;
          }
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        errors.text += chunk.toString();
      });
      void exited.then((exit) => {
        clearTimeout(timer);
        reject(new Error(`bot exited (${exit.code ?? exit.signal}) before listening: ${errors.text.trim()}`));
      });
    });
    const base = await listening;
    return new BotProcess(child, base, exited, logs, errors);
  }

  /** Runs the bot until it exits by itself; for start-up failures. */
  static async run(env: Record<string, string>, timeoutMs = 30_000): Promise<Exit & { stderr: string; stdout: string }> {
    const { child, cwd } = spawnBot(env);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const exit = await new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    clearTimeout(timer);
    running.delete(child);
    fs.rmSync(cwd, { recursive: true, force: true });
    for (const line of stdout.split('\n')) if (line.trim() !== '') checkLogLine(line, secretsOf(env));
    return { ...exit, stdout, stderr };
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Sends a signal (to the whole group of a launch command) and waits for the exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
    if (this.child.exitCode === null && this.child.signalCode === null) signalChild(this.child, signal);
    const exit = await this.exited;
    // What the launch command started may still be finishing its own shutdown: give it a moment.
    for (let i = 0; i < 50 && groupAlive(this.child); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    if (groupAlive(this.child)) signalChild(this.child, 'SIGKILL');
    return exit;
  }

  /** Log lines with this message. */
  logged(msg: string): LogLine[] {
    return this.logs.filter((l) => l.msg === msg);
  }
}

/** The child, or its whole process group when it was started detached (a launch command). */
function signalChild(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (isGroupLeader(child)) process.kill(-child.pid!, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

function isGroupLeader(child: ChildProcess): boolean {
  return detachedChildren.has(child);
}

function groupAlive(child: ChildProcess): boolean {
  if (!isGroupLeader(child)) return false;
  try {
    process.kill(-child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

// Root hook: whatever a failed test left running is killed.
after(async () => {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          signalChild(child, 'SIGKILL');
        }),
    ),
  );
});

process.once('exit', () => {
  for (const child of running) signalChild(child, 'SIGKILL');
});
