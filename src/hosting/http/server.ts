// The HTTP surface: the Bot Framework endpoint and health checks, on a listener with bounded
// connections (connectionLimits.ts) and request bodies read by our own reader (jsonBody.ts).
// Refusals are made as early and as cheaply as they can be: what the request line and headers
// decide is answered before the web framework runs, and a token before a byte of the body is read
// (the order: createServer).
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'http';
import * as restify from 'restify';
import { ActivityHandlerBase, CloudAdapter, Request, Response, TurnContext } from 'botbuilder';
import { AppConfig } from '../../config';
import { Logger } from '../logging/logger';
import { withRequestSpan } from '../telemetry/turnSpans';
import { BodyLimits, BodyRefused, readJsonBody } from './jsonBody';
import { refusalHeaders } from '../requestBody/drain';
import { headerProblem } from '../../protocols/http/bodyHeaders';
import { entryAnswer } from '../../protocols/http/entryAnswers';
import { errorSummary } from '../errors/turnErrors';
import {
  ArrivalEvent as FrameworkEvent,
  bodyLimitFor as limitOf,
  drainBeforeBody,
  earlyPlan,
  fieldLimitFor,
  MESSAGES_PATH,
  needsBotFrameworkToken,
  refusalPayload,
} from '../../protocols/http/routeLimits';
import { applyConnectionLimits } from './connectionLimits';
import { misdirectedRequests } from './hostCheck';
import type { BeforeBodyVerdict } from './advisorAdapter';

/** An adapter that can check a request's token before its body is read (AdvisorCloudAdapter). */
export interface TokenFirst {
  /** The synchronous part: a refusal when there is no bearer token at all. */
  refuseWithoutBearer(authorization: string | undefined): (BeforeBodyVerdict & { ok: false }) | undefined;
  authenticateBeforeBody(authorization: string | undefined): Promise<BeforeBodyVerdict>;
}

export interface ServerDeps {
  config: AppConfig;
  adapter: CloudAdapter & TokenFirst;
  bot: ActivityHandlerBase;
  logger: Logger;
}

/** What the body limits read of the configuration. */
type BodyConfig = Pick<AppConfig, 'maxBodyBytes'> & Partial<Pick<AppConfig, 'webChat'>>;

/** The byte limit of a route (protocols/http/routeLimits.ts), from the configuration. */
function bodyLimitFor(config: BodyConfig, path: string): number {
  const browser = config.webChat?.local.maxBodyBytes;
  return limitOf({ maxBodyBytes: config.maxBodyBytes, ...(browser !== undefined ? { browserMaxBodyBytes: browser } : {}) }, path);
}

/** A refusal in the error shape of the route: the adapter's on /api/messages, Direct Line's elsewhere. */
function answerRefusal(req: IncomingMessage, res: ServerResponse, path: string, refusal: BodyRefused): void {
  const text = JSON.stringify(refusalPayload(path, refusal));
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) };
  // A body not read to its end (too large, or not JSON) is kept nowhere: its rest is read and
  // thrown away when it is small, so the client sees this answer; a larger one closes the connection.
  res.writeHead(refusal.status, refusalHeaders(req, headers));
  res.end(text);
}

/** The route restify matched for a request (its pattern), or undefined. */
function routeOf(req: restify.Request): string | undefined {
  return (req.getRoute() as { path?: unknown } | undefined)?.path as string | undefined;
}

/**
 * Answers a refused token before the body. A small rest is thrown away and the connection kept;
 * a larger one is not read at all: the connection is closed as soon as the answer is out
 * (reading it would cost more than the refusal itself, mostly in garbage collection).
 */
function answerBeforeBody(req: IncomingMessage, res: ServerResponse, verdict: BeforeBodyVerdict & { ok: false }, maxBytes: number): void {
  const text = JSON.stringify(verdict.body);
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) };
  if (verdict.retryAfter) headers['Retry-After'] = verdict.retryAfter;
  res.writeHead(verdict.status, refusalHeaders(req, headers, drainBeforeBody(verdict.status, maxBytes)));
  res.end(text);
}

function authorizationOf(req: IncomingMessage): string | undefined {
  const value = req.headers.authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * With a registration, on a route that needs a Bot Framework token: the token first, before the
 * body. A body the headers already refuse (415, 413) is left to jsonBodies, which says why at no
 * cost; otherwise a refused token is answered at once and the body is never read into memory.
 * (A request without any bearer token was answered before the framework: beforeFramework.)
 */
function tokenFirst(config: AppConfig, adapter: TokenFirst): restify.RequestHandler {
  return (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const route = routeOf(req);
    if (route === undefined || !needsBotFrameworkToken(route)) return next();
    refusedTokenBeforeBody(adapter, req, res, bodyLimitFor(config, req.path())).then(
      (answered) => (answered ? next(false) : next()),
      (error: unknown) => next(error as Error),
    );
  };
}

/** tokenFirst's step: whether it answered (a refused token); a body its headers refuse is left to the body's step. */
async function refusedTokenBeforeBody(adapter: TokenFirst, req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<boolean> {
  if (headerProblem(req.headers, maxBytes)) return false;
  const verdict = await adapter.authenticateBeforeBody(authorizationOf(req));
  if (verdict.ok) return false;
  answerBeforeBody(req, res, verdict, maxBytes);
  return true;
}

/**
 * What is answered before the web framework sees a request, at the cost of Node's own parsing
 * only: a request addressed to another host (hostCheck.ts), then what protocols/http/routeLimits.ts
 * (earlyPlan) says: a refusal without any bearer token, or the channel's route taken
 * (messagesRoute; restify's own route meets the same checks: tokenFirst, jsonBodies). Returns
 * whether it took the request.
 */
function beforeFramework(
  config: AppConfig,
  adapter: TokenFirst,
  logger: Logger,
  messages: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse, event: FrameworkEvent) => boolean {
  const misdirected = misdirectedRequests(config, logger);
  const registered = config.appId !== '';
  return (req, res, event) => {
    if (misdirected?.(req, res)) return true;
    const plan = earlyPlan(req.method, req.url, event, registered);
    if (!plan) return false;
    const refusal = plan.bearerFirst ? adapter.refuseWithoutBearer(authorizationOf(req)) : undefined;
    if (refusal) {
      answerBeforeBody(req, res, refusal, bodyLimitFor(config, plan.path));
      return true;
    }
    if (!plan.take) return false;
    messages(req, res);
    return true;
  };
}

/** Puts `early` in front of the framework's own listeners for each request (Expect: 100-continue ones included). */
function inFrontOfFramework(http: HttpServer, early: (req: IncomingMessage, res: ServerResponse, event: FrameworkEvent) => boolean): void {
  for (const event of ['request', 'checkContinue'] as const) {
    const framework = http.listeners(event) as ((req: IncomingMessage, res: ServerResponse) => void)[];
    // Without a listener of the framework's, Node answers it itself (a 100-continue): leave it so.
    if (framework.length === 0) continue;
    http.removeAllListeners(event);
    http.on(event, (req: IncomingMessage, res: ServerResponse) => {
      if (early(req, res, event)) return;
      for (const listener of framework) listener.call(http, req, res);
    });
  }
}

/**
 * POST /api/messages, the channel's route, taken straight from Node's listener: every turn of every
 * channel comes this way, and restify's routing, handler chain and response wrapping were about a
 * twentieth of a turn's CPU for nothing this route uses (bench/README.md). The steps are a restify
 * route's, in the same order and with the same answers: with a registration the token before the
 * body (as tokenFirst), the body within its limits (as jsonBodies), then the adapter.
 */
function messagesRoute(
  { config, adapter, logger }: ServerDeps,
  activityTurn: (req: BodyRequest, res: ServerResponse) => Promise<void>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const registered = config.appId !== '';
  const maxBytes = bodyLimitFor(config, MESSAGES_PATH);
  const turn = async (req: BodyRequest, res: ServerResponse): Promise<void> => {
    if (registered && (await refusedTokenBeforeBody(adapter, req, res, maxBytes))) return;
    if (await readBodyInto(req, res, MESSAGES_PATH, { maxBytes }, logger)) await activityTurn(req, res);
  };
  return (req, res) => {
    turn(req, res).catch((error: unknown) => {
      // The adapter answers its own failures; this is anything before it (the token check's).
      logger.error({ status: 500, err: errorSummary(error) }, 'request failed');
      if (res.headersSent) return void res.destroy();
      const failed = entryAnswer({ kind: 'failed' });
      res.writeHead(failed.status, { 'Content-Type': 'application/json', Connection: 'close' });
      res.end(JSON.stringify(failed.body));
    });
  };
}

/** A body that could not be had: its refusal (413, 415, 400), or 400 and close for a client gone mid-body. */
function refuseBody(req: IncomingMessage, res: ServerResponse, path: string, error: unknown, logger: Logger): void {
  if (error instanceof BodyRefused) {
    logger.warn({ method: req.method, path, status: error.status, reason: error.message }, 'request body refused');
    answerRefusal(req, res, path, error);
  } else if (!res.headersSent && !req.socket.destroyed) {
    // The client went away or timed out mid-body (Node answers 408 itself on a timeout).
    res.writeHead(400, { Connection: 'close' });
    res.end();
  }
}

/**
 * Every request with a body: read, limited and parsed as JSON before its route runs, into
 * `req.body` (and its text into `req.rawBody`). Nothing is ever written to disk.
 */
export function jsonBodies(config: BodyConfig, logger: Logger): restify.RequestHandler {
  return (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const path = req.path();
    const fields = fieldLimitFor(path);
    void readBodyInto(req, res, path, { maxBytes: bodyLimitFor(config, path), ...(fields ? { fields } : {}) }, logger).then((read) =>
      read ? next() : next(false),
    );
  };
}

/** A request that carries its parsed body (and the body's text) once jsonBodies' step has run. */
type BodyRequest = IncomingMessage & { body?: unknown; rawBody?: string };

/** jsonBodies' step: the body into `req.body` and `req.rawBody`, true; or its refusal answered, false. */
async function readBodyInto(req: BodyRequest, res: ServerResponse, path: string, limits: BodyLimits, logger: Logger): Promise<boolean> {
  try {
    const { value, text } = await readJsonBody(req, limits);
    req.rawBody = text;
    req.body = value;
    return true;
  } catch (error) {
    refuseBody(req, res, path, error, logger);
    return false;
  }
}

/**
 * The server. What a request goes through, in order, on every route:
 *   1. before the web framework sees it (so a refusal costs little more than Node's own parsing):
 *      its Host (hostCheck.ts, 421); then, with a registration, on POST /api/messages, no bearer
 *      token at all is a 401 at once, whatever else the request carries (beforeFramework);
 *   2. with a registration, on a route that needs a Bot Framework token: the body's header checks
 *      (415, 413: left to step 3, which says why), then the token verified on its own (401; 503
 *      when the signing keys cannot be had), before a byte of the body is read (tokenFirst);
 *   3. the body, read and parsed within its limits (jsonBodies);
 *   4. the route (on /api/messages the adapter checks the activity, then the token against it).
 * A request refused before its body is read has a small rest of it read and thrown away (the
 * client, still sending, then reads the answer and may reuse the connection); a larger one closes
 * the connection.
 */
export function createServer({ config, adapter, bot, logger }: ServerDeps): restify.Server {
  const server = restify.createServer({
    name: 'multichannel-advisor',
    handleUncaughtExceptions: false,
    // The framework's own lines go through the app's logger: bounded output, secrets redacted.
    // (restify logs with pino; its type definitions still name bunyan's logger.)
    log: logger.child({ component: 'http' }) as unknown as restify.ServerOptions['log'],
  });
  // Before the framework, so it holds for every route, those registered later included, and for none.
  // The activity's turn, whichever way POST /api/messages came: the adapter checks the activity's
  // fields (protocols/http/activityShape.ts), then the token against the activity.
  const logic = (context: TurnContext): Promise<void> => bot.run(context);
  const activityTurn = (req: BodyRequest, res: ServerResponse): Promise<void> =>
    withRequestSpan(`POST ${MESSAGES_PATH}`, req.headers, async () => {
      await adapter.process(req as unknown as Request, res as unknown as Response, logic);
      return res.statusCode;
    });
  const messages = messagesRoute({ config, adapter, bot, logger }, activityTurn);
  inFrontOfFramework(server.server as HttpServer, beforeFramework(config, adapter, logger, messages));
  // Its listeners go first of all (it counts every request and answer).
  applyConnectionLimits(server.server, config, logger);
  if (config.appId !== '') server.use(tokenFirst(config, adapter));
  server.use(jsonBodies(config, logger));

  // POST /api/messages never reaches restify (messagesRoute), but with 100-continue: restify
  // answers the continue, then this route.
  server.post(MESSAGES_PATH, async (req: restify.Request, res: restify.Response) => {
    await activityTurn(req, res);
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
