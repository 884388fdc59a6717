// Entry point: `npm start`. Reads .env (if any), validates the configuration and serves the bot.
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from './hosting/config';
import { createApp } from './hosting/app';
import { startTelemetry } from './hosting/telemetry/setup';

dotenv.config({ quiet: true });

async function main(): Promise<void> {
  const config = loadConfig();
  // Before the app: its logger and state pick up the trace context only when telemetry runs.
  const telemetry = startTelemetry();
  const app = createApp(config);
  // Blob state: the container exists (created if missing) and answers, or one clear line and exit 1.
  await app.lifecycle.startup();
  const port = await app.listen();
  app.logger.info({ url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`, storage: config.storage, authenticated: config.appId !== '', telemetry: telemetry.exporter }, 'advisor listening');

  // Graceful stop: readiness 503, no new connections, the turns in flight finish (replies
  // delivered, state saved), then exit 0; exit 1 if SHUTDOWN_TIMEOUT_MS runs out or on a second signal.
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      app.logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    const timeoutMs = config.shutdownTimeoutMs ?? 10_000;
    app.logger.info({ signal, turnsInFlight: app.lifecycle.turnsInFlight, timeoutMs }, 'shutting down: no new connections, finishing the turns in flight');
    void app.lifecycle.shutdown(timeoutMs).then((finished) => {
      if (finished) app.logger.info('stopped cleanly');
      else app.logger.error({ turnsInFlight: app.lifecycle.turnsInFlight }, 'shutdown timed out with turns unfinished');
      // The last spans and metrics go out first (bounded).
      void telemetry.shutdown().finally(() => process.exit(finished ? 0 : 1));
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
