// The HTTP surface: the Bot Framework endpoint and health checks.
import * as restify from 'restify';
import { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import { AppConfig } from '../config';
import { Logger } from '../logging/logger';
import { withRequestSpan } from '../telemetry/turnSpans';

export interface ServerDeps {
  config: AppConfig;
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  logger: Logger;
}

export function createServer({ config, adapter, bot, logger }: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'multichannel-advisor', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false }));

  // The adapter checks the activity's shape (inputLimits.ts) before anything else.
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await withRequestSpan('POST /api/messages', req.headers, async () => {
      await adapter.process(req, res, (context) => bot.run(context));
      return res.statusCode;
    });
  });

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.send(200, { status: 'ok' });
  });

  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    // The name and status only: a body parser's message quotes the body (the user's text).
    logger.warn({ method: req.method, path: req.path(), status: err.statusCode, err: { name: err.name } }, 'request rejected');
    callback();
  });
  return server;
}
