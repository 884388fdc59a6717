// One Azurite blob service for the whole test run: started on first use on 127.0.0.1 with a free
// port, a fresh temporary folder for its data and a random account key, stopped after the last test (a root
// hook) and, failing that, when the test process exits. Nothing is left running.
import { ChildProcess, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface Azurite {
  port: number;
  account: string;
  connectionString: string;
  /** A container name no other test uses. */
  container(prefix?: string): string;
  /** Stops the service (idempotent). */
  stop(): Promise<void>;
  /** Makes the service unreachable for a while (SIGSTOP), then resumes it. */
  pause(): void;
  resume(): void;
}

let shared: Promise<Azurite> | undefined;
let child: ChildProcess | undefined;
let counter = 0;

function binary(): string {
  const packageJson = require.resolve('azurite/package.json');
  const bin = (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> }).bin['azurite-blob']!;
  return path.join(path.dirname(packageJson), bin);
}

async function start(): Promise<Azurite> {
  const location = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-azurite-'));
  const account = 'advisortest';
  const key = randomBytes(64).toString('base64');
  const started = Date.now();
  const proc = spawn(
    process.execPath,
    [binary(), '--blobHost', '127.0.0.1', '--blobPort', '0', '--location', location, '--silent', '--disableTelemetry', '--skipApiVersionCheck', '--loose'],
    { env: { PATH: process.env.PATH ?? '', AZURITE_ACCOUNTS: `${account}:${key}` }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child = proc;
  const listening = new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start in 20 s: ${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listens on https?:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited (${code}) before listening: ${output}`));
    });
  });
  let port: number;
  try {
    port = await listening;
  } catch (error) {
    proc.kill('SIGKILL');
    fs.rmSync(location, { recursive: true, force: true });
    throw error;
  }
  process.stdout.write(`      [azurite] blob service on 127.0.0.1:${port} (pid ${proc.pid}, ${Date.now() - started} ms)\n`);

  let stopped: Promise<void> | undefined;
  return {
    port,
    account,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${account};AccountKey=${key};BlobEndpoint=http://127.0.0.1:${port}/${account};`,
    container: (prefix = 'test') => `${prefix}-${process.pid}-${(counter += 1)}-${randomBytes(3).toString('hex')}`,
    pause: () => proc.kill('SIGSTOP'),
    resume: () => proc.kill('SIGCONT'),
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        const done = (): void => {
          fs.rmSync(location, { recursive: true, force: true });
          child = undefined;
          resolve();
        };
        if (proc.exitCode !== null || proc.signalCode !== null) return done();
        proc.once('exit', done);
        proc.kill('SIGCONT');
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 3_000).unref();
      })),
  };
}

/** The run's Azurite, started on first call. */
export function azurite(): Promise<Azurite> {
  shared ??= start();
  return shared;
}

// Root hook: after every test of the run.
after(async () => {
  const running = await shared?.catch(() => undefined);
  if (running) await running.stop();
});

process.once('exit', () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});
