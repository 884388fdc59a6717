// The bot in this process on 127.0.0.1 with a chosen storage and a logger whose JSON lines the
// test can read.
import { Writable } from 'stream';
import pino from 'pino';
import { App, AppOptions, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { Logger } from '../../src/hosting/logging/logger';
import { LogLine } from './botProcess';
import { secretSafeOptions } from '../../src/hosting/logging/redaction';
import { checkLogLine, secretsOf } from './logSecrets';

export interface InProcess {
  app: App;
  base: string;
  lines: LogLine[];
  stop(): Promise<void>;
}

/** A logger with the app's redaction whose lines the test reads; every line is checked for secrets (logSecrets.ts). */
export function captureLogger(level = 'debug', secrets: readonly string[] = []): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() === '') continue;
        checkLogLine(line, secrets);
        lines.push(JSON.parse(line) as LogLine);
      }
      callback();
    },
  });
  return { logger: pino({ level, base: { service: 'multichannel-advisor' }, ...secretSafeOptions() }, stream), lines };
}

export async function startInProcess(env: Record<string, string> = {}, options: Omit<AppOptions, 'logger'> & { logLevel?: string } = {}): Promise<InProcess> {
  const { logLevel, ...appOptions } = options;
  const { logger, lines } = captureLogger(logLevel, secretsOf(env));
  const app = createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env }), { logger, ...appOptions });
  await app.lifecycle.startup();
  const port = await app.listen();
  return { app, base: `http://127.0.0.1:${port}`, lines, stop: () => app.close() };
}
