// Entry point: `npm start`. Reads .env (if any), validates the configuration and serves the bot.
// A development entry point (the Partner Center actions' demonstration) calls `run` with what it
// adds, the stand-ins: src/ never names tools/.
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from './config';
import { webChatMode } from './config/webChatSettings';
import { AppOptions, createApp } from './hosting/app';
import { stdoutDestination } from './hosting/logging/destination';
import { startTelemetry } from './hosting/telemetry/setup';

dotenv.config({ quiet: true });

// A reader of stderr that went away must not turn a warning into a crash (EPIPE is emitted as an
// error event); stdout's errors are the log destination's.
process.stderr.on('error', () => undefined);

async function main(options: AppOptions): Promise<string> {
  const config = loadConfig();
  // Before the app: its logger and state pick up the trace context only when telemetry runs.
  const telemetry = startTelemetry();
  const app = createApp(config, options);
  // Blob state: the container exists (created if missing) and answers, or one clear line and exit 1.
  await app.lifecycle.startup();
  const port = await app.listen();

  // Graceful stop: readiness 503, no new connections, the turns in flight finish (replies
  // delivered, state saved), then exit 0; exit 1 if SHUTDOWN_TIMEOUT_MS runs out or on a second signal.
  // The last log lines get what is left of the timeout to reach stdout; a stdout nobody reads
  // (or whose reader is gone) never holds the exit (logging/destination.ts).
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      app.logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    const timeoutMs = config.shutdownTimeoutMs;
    const deadline = Date.now() + timeoutMs;
    app.logger.info({ signal, turnsInFlight: app.lifecycle.turnsInFlight, timeoutMs }, 'shutting down: no new connections, finishing the turns in flight');
    void app.lifecycle
      .shutdown(timeoutMs)
      .then(async (finished) => {
        if (finished) app.logger.info('stopped cleanly');
        else app.logger.error({ turnsInFlight: app.lifecycle.turnsInFlight }, 'shutdown timed out with turns unfinished');
        // The follow-ups' loops stop and give their leases up, so another instance polls at once.
        await within(app.close(), deadline - Date.now());
        // The last spans and metrics, then the last log lines, each within what is left of the timeout.
        await within(telemetry.shutdown(), deadline - Date.now());
        await stdoutDestination().flush(deadline - Date.now());
        return finished;
      })
      .then((finished) => process.exit(finished ? 0 : 1));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // Announced once the signals are handled: whoever waits for this line may stop the bot at once.
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  app.logger.info(
    {
      url,
      storage: config.storage,
      authenticated: config.appId !== '',
      telemetry: telemetry.exporter,
    },
    'advisor listening',
  );
  // On a terminal a person reads the output: one plain line with the page to open. The JSON lines
  // above stay as they are, for log collectors (which read a pipe, never a terminal).
  const page = webChatMode(config.webChat, config.appId !== '');
  if (process.stdout.isTTY && (page === 'local' || page === 'directline')) process.stdout.write(`Open ${url}/ for the Web Chat page\n`);
  return url;
}

/** Waits for `work`, but never longer than `ms`. */
async function within(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    work.catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, Math.max(0, ms));
    }),
  ]);
  clearTimeout(timer);
}

/** A listen error's port and address (Node sets them on EADDRINUSE and EACCES). */
interface ListenError {
  code?: string;
  port?: number;
  address?: string;
}

/** Serves the bot until a signal stops it; a start-up failure is one line on stderr and exit 1. Resolves to the bot's address once it listens. */
export function run(options: AppOptions = {}): Promise<string> {
  return main(options).catch((error: unknown) => startFailed(error));
}

function startFailed(error: unknown): never {
  const listen = error as ListenError;
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else if (listen.code === 'EADDRINUSE') {
    const port = listen.port ?? '?';
    process.stderr.write(
      `Could not start: port ${port} on ${listen.address ?? 'this machine'} is already in use by another program. Stop that program, or choose another port with the PORT setting (PORT=${typeof listen.port === 'number' ? listen.port + 1 : 3979} npm start).\n`,
    );
  } else {
    process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}

/** What `npm start -- --help` prints: the bot takes no arguments, only settings. */
export const START_USAGE = [
  'Usage: npm start',
  'Serves the bot (http://127.0.0.1:3978/api/messages and, without a registration, its Web Chat page on /).',
  'It takes no arguments: every setting comes from the environment or a .env file (README.md, "Configuration";',
  'docs/production.md). npm run start:demo starts it with local stand-ins of Partner Center (docs/actions.md).',
].join('\n');

if (require.main === module) {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) process.stdout.write(`${START_USAGE}\n`);
  else void run();
}
