// Entry point: `npm start`. Reads .env (if any), validates the configuration and serves the bot.
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from './hosting/config';
import { createApp } from './hosting/app';

dotenv.config({ quiet: true });

async function main(): Promise<void> {
  const config = loadConfig();
  const app = createApp(config);
  const port = await app.listen();
  app.logger.info({ url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`, storage: config.storage, authenticated: config.appId !== '' }, 'advisor listening');

  const stop = (signal: string): void => {
    app.logger.info({ signal }, 'shutting down');
    void app.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
