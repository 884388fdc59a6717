// The HTTP surface: the Bot Framework endpoint and health checks, on a listener with bounded
// connections (connectionLimits.ts) and request bodies read by our own reader (jsonBody.ts).
import * as restify from 'restify';
import { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import { AppConfig } from '../config';
import { Logger } from '../logging/logger';
import { withRequestSpan } from '../telemetry/turnSpans';
import { BodyRefused, MAX_JSON_DEPTH, MAX_JSON_VALUES, discardRestOfBody, readJsonBody } from './jsonBody';
import { applyConnectionLimits } from './connectionLimits';

export interface ServerDeps {
  config: AppConfig;
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  logger: Logger;
}

export const MESSAGES_PATH = '/api/messages';

/** The routes a browser reaches (the token exchange and the local Direct Line's client side). */
const BROWSER_ROUTES = /^\/(api\/directline|v3\/directline)\//;

/** The byte limit of a route: the browser's routes take small bodies, the channel's up to MAX_BODY_BYTES. */
export function bodyLimitFor(config: AppConfig, path: string): number {
  const browser = config.webChat?.local.maxBodyBytes;
  return browser !== undefined && BROWSER_ROUTES.test(path) ? Math.min(browser, config.maxBodyBytes) : config.maxBodyBytes;
}

/** A refusal in the error shape of the route: the adapter's on /api/messages, Direct Line's elsewhere. */
function answerRefusal(req: restify.Request, res: restify.Response, path: string, refusal: BodyRefused): void {
  const payload = path === MESSAGES_PATH ? { code: refusal.code, message: refusal.message } : { error: { code: refusal.code, message: refusal.message } };
  const text = JSON.stringify(payload);
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) };
  // A body not read to its end (too large, or not JSON) is kept nowhere: its rest is read and
  // thrown away when it is small, so the client sees this answer; a larger one closes the connection.
  if (!discardRestOfBody(req)) headers.Connection = 'close';
  res.writeHead(refusal.status, headers);
  res.end(text);
}

/**
 * Every request with a body: read, limited and parsed as JSON before its route runs, into
 * `req.body` (and its text into `req.rawBody`). Nothing is ever written to disk.
 */
function jsonBodies(config: AppConfig, logger: Logger): restify.RequestHandler {
  return (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const path = req.path();
    readJsonBody(req, { maxBytes: bodyLimitFor(config, path), maxDepth: MAX_JSON_DEPTH, maxValues: MAX_JSON_VALUES }).then(
      ({ value, text }) => {
        (req as restify.Request & { rawBody?: string }).rawBody = text;
        req.body = value;
        next();
      },
      (error: unknown) => {
        if (error instanceof BodyRefused) {
          logger.warn({ method: req.method, path, status: error.status, reason: error.message }, 'request body refused');
          answerRefusal(req, res, path, error);
        } else if (!res.headersSent && !req.socket.destroyed) {
          // The client went away or timed out mid-body (Node answers 408 itself on a timeout).
          res.writeHead(400, { Connection: 'close' });
          res.end();
        }
        next(false);
      },
    );
  };
}

export function createServer({ config, adapter, bot, logger }: ServerDeps): restify.Server {
  const server = restify.createServer({
    name: 'multichannel-advisor',
    handleUncaughtExceptions: false,
    // The framework's own lines go through the app's logger: bounded output, secrets redacted.
    // (restify logs with pino; its type definitions still name bunyan's logger.)
    log: logger.child({ component: 'http' }) as unknown as restify.ServerOptions['log'],
  });
  applyConnectionLimits(server.server, config);
  server.use(jsonBodies(config, logger));

  // The adapter checks the activity's shape (inputLimits.ts) before anything else.
  server.post(MESSAGES_PATH, async (req: restify.Request, res: restify.Response) => {
    await withRequestSpan('POST /api/messages', req.headers, async () => {
      await adapter.process(req, res, (context) => bot.run(context));
      return res.statusCode;
    });
  });

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.send(200, { status: 'ok' });
  });

  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    // The name and status only: an error's message can quote the request.
    logger.warn({ method: req.method, path: req.path(), status: err.statusCode, err: { name: err.name } }, 'request rejected');
    callback();
  });
  return server;
}
