// Child-process entry for the echo bot: the advisor's own host with the echo bot plugged in.
import { loadConfig } from '../src/config';
import { createApp } from '../src/hosting/app';
import { EchoBot } from './echoBot';

const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', WEBCHAT_ENABLED: 'false' });
const app = createApp(config, { bot: (states) => new EchoBot(states) });
void app.listen();
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
