// Child-process entry for the echo bot: prints "READY <port>" once listening.
import { loadConfig } from '../src/hosting/config';
import { createEchoServer } from './echoBot';

const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
const server = createEchoServer(config);
server.listen(config.port, config.host, () => {
  process.stdout.write(`READY ${(server.address() as { port: number }).port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
