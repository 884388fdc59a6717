// One Azurite blob service for the whole test run: started on first use on 127.0.0.1 with a free
// port, a fresh temporary folder for its data and a random account key, stopped after the last test (a root
// hook) and, failing that, when the test process exits. Nothing is left running. A second one,
// azuriteOAuth(), serves HTTPS with a certificate made for the run and accepts bearer tokens
// (`--oauth basic`: it checks a token's shape, times, issuer and audience, not its signature).
import { ChildProcess, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { selfSignedCertificate } from './certificate';

export interface Azurite {
  port: number;
  account: string;
  connectionString: string;
  /** The account's blob endpoint (what BLOB_ACCOUNT_URL names), e.g. https://127.0.0.1:PORT/account. */
  accountUrl: string;
  /** A container name no other test uses. */
  container(prefix?: string): string;
  /** Stops the service (idempotent). */
  stop(): Promise<void>;
  /** Makes the service unreachable for a while (SIGSTOP), then resumes it. */
  pause(): void;
  resume(): void;
}

interface StartOptions {
  /** PEM files: serve HTTPS with them. */
  tls?: { certFile: string; keyFile: string };
  oauth?: boolean;
}

let shared: Promise<Azurite> | undefined;
let sharedOAuth: Promise<Azurite & { certFile: string }> | undefined;
const children = new Set<ChildProcess>();
let counter = 0;

function binary(): string {
  const packageJson = require.resolve('azurite/package.json');
  const bin = (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> }).bin['azurite-blob']!;
  return path.join(path.dirname(packageJson), bin);
}

async function start(options: StartOptions = {}): Promise<Azurite> {
  const location = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-azurite-'));
  const account = 'advisortest';
  const key = randomBytes(64).toString('base64');
  const started = Date.now();
  const proc = spawn(
    process.execPath,
    [
      ...[binary(), '--blobHost', '127.0.0.1', '--blobPort', '0', '--location', location, '--silent', '--disableTelemetry', '--skipApiVersionCheck', '--loose'],
      ...(options.tls ? ['--cert', options.tls.certFile, '--key', options.tls.keyFile] : []),
      ...(options.oauth ? ['--oauth', 'basic'] : []),
    ],
    { env: { PATH: process.env.PATH ?? '', AZURITE_ACCOUNTS: `${account}:${key}` }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(proc);
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
  const scheme = options.tls ? 'https' : 'http';
  process.stdout.write(`      [azurite] ${scheme} blob service on 127.0.0.1:${port} (pid ${proc.pid}, ${Date.now() - started} ms)\n`);

  let stopped: Promise<void> | undefined;
  return {
    port,
    account,
    connectionString: `DefaultEndpointsProtocol=${scheme};AccountName=${account};AccountKey=${key};BlobEndpoint=${scheme}://127.0.0.1:${port}/${account};`,
    accountUrl: `${scheme}://127.0.0.1:${port}/${account}`,
    container: (prefix = 'test') => `${prefix}-${process.pid}-${(counter += 1)}-${randomBytes(3).toString('hex')}`,
    pause: () => proc.kill('SIGSTOP'),
    resume: () => proc.kill('SIGCONT'),
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        const done = (): void => {
          fs.rmSync(location, { recursive: true, force: true });
          children.delete(proc);
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

/** The run's HTTPS Azurite with bearer-token authentication; certFile is its certificate (PEM), for NODE_EXTRA_CA_CERTS. */
export function azuriteOAuth(): Promise<Azurite & { certFile: string }> {
  sharedOAuth ??= (async () => {
    const tls = await selfSignedCertificate();
    return { ...(await start({ tls, oauth: true })), certFile: tls.certFile };
  })();
  return sharedOAuth;
}

// Root hook: after every test of the run.
after(async () => {
  const running = await Promise.all([shared, sharedOAuth].map((s) => s?.catch(() => undefined)));
  await Promise.all(running.map((r) => r?.stop()));
});

process.once('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});
