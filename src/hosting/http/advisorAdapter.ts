// CloudAdapter with a hardened HTTP entry for a POSTed activity: with a registration the token is
// checked before the body is read (authenticateBeforeBody) and again against the activity; the
// activity's fields are checked before the SDK sees it; in local mode replies go only to a
// loopback service URL; failures are answered through our JSON logger, never with the SDK's error
// text or a console stack (the answers: process; which outcome gets which answer is pure,
// src/protocols/http/entryAnswers.ts). The streaming (web socket) overload is CloudAdapter's own.
import type { ServerResponse } from 'http';
import { Activity, CloudAdapter, Middleware, MiddlewareHandler, MiddlewareSet, Request, Response, TurnContext } from 'botbuilder';
import { AuthenticateRequestResult } from 'botframework-connector';
import { Logger } from '../logging/logger';
import { activityFromBody } from '../sdkInternals';
import {
  bearerTokenProblem,
  BodyAnswer,
  EntryAnswer,
  entryAnswer,
  entryRefusal,
  refusalBeforeBody,
  tokenCheckFailure,
  turnFailure,
} from '../../protocols/http/entryAnswers';
import { TransientTurnError, errorSummary } from '../errors/turnErrors';
import { withoutSdkConsole } from './botFrameworkAuth';
import { keysLineDue } from '../../protocols/http/signingKeyRules';
import { rememberArrival } from '../turns/originalActivity';
import { RefusalLog } from '../logging/refusalLog';
import { jsonBytes } from '../../protocols/connector/jsonBytes';

type Logic = (context: TurnContext) => Promise<void>;

/** The answer to a request whose token was checked before its body: go on, or refuse with this status. */
export type BeforeBodyVerdict = { ok: true } | ({ ok: false } & BodyAnswer);

/**
 * What the token check needs of an activity, with nothing in it: no channel (so no endorsement is
 * asked of the signing key) and no serviceUrl (so no claim is compared). Everything else is
 * checked as for a real activity.
 */
const NO_ACTIVITY = { channelId: '', serviceUrl: '' } as Activity;
type BotFrameworkAuthentication = ConstructorParameters<typeof CloudAdapter>[0];

function header(req: Request, name: string): string {
  const value = req.headers[name] ?? req.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '';
}

/** Sets Retry-After on botbuilder's Response (restify's) or on Node's own (the direct route: server.ts). */
function retryAfter(res: Response, seconds: string): void {
  if (typeof res.header === 'function') res.header('Retry-After', seconds);
  else (res as unknown as ServerResponse).setHeader('Retry-After', seconds);
}

/** A turn's context used to send, update or delete an activity after its turn ended. */
export class TurnEndedError extends Error {
  constructor() {
    super('This turn has ended: its context can no longer send, update or delete activities.');
    this.name = 'TurnEndedError';
  }
}

export class AdvisorCloudAdapter extends CloudAdapter {
  /** One warning per refused token, up to a rate (a flood of token-less requests is counted). */
  private readonly refusals: RefusalLog;
  private keysLoggedAt = -Infinity;
  private keysUnlogged = 0;
  /** The middleware, kept here rather than in BotAdapter's own (private) set: runMiddleware runs it. */
  private readonly turnMiddleware = new MiddlewareSet();

  constructor(
    botFrameworkAuthentication: BotFrameworkAuthentication,
    private readonly logger: Logger,
    /**
     * Local mode: replies go only to service URLs on this machine. With no token to check, anyone
     * could otherwise name any address and have the bot POST to it.
     */
    private readonly loopbackServiceUrlsOnly = false,
  ) {
    super(botFrameworkAuthentication);
    this.refusals = new RefusalLog(logger, 'request not authenticated');
  }

  override use(...middlewares: (MiddlewareHandler | Middleware)[]): this {
    this.turnMiddleware.use(...middlewares);
    return this;
  }

  /**
   * BotAdapter.runMiddleware without its revocable Proxy around the turn's context: through an
   * empty Proxy every read of the context (its activity, its turn state, and inside each of its
   * own methods) costs about 0.2 µs instead of next to nothing, and a turn makes some 140 of them
   * (bench/README.md). What the Proxy guarded against, a context that talks to the user after
   * its turn, is refused here by the context's own hooks: a send, update or delete after the
   * turn throws, as it did through the revoked Proxy. The rest is BotAdapter's: the activity's
   * locale on the context, the middleware in order, an error to onTurnError.
   */
  protected override async runMiddleware(context: TurnContext, next: (context: TurnContext) => Promise<void>): Promise<void> {
    if (context?.activity?.locale) context.locale = context.activity.locale;
    let ended = false;
    const duringTurn = <T>(go: () => Promise<T>): Promise<T> => {
      if (ended) throw new TurnEndedError();
      return go();
    };
    context.onSendActivities((_context, _activities, send) => duringTurn(send));
    context.onUpdateActivity((_context, _activity, update) => duringTurn(update));
    context.onDeleteActivity((_context, _reference, remove) => duringTurn(remove));
    try {
      await this.turnMiddleware.run(context, () => next(context));
    } catch (error) {
      if (!this.onTurnError) throw error;
      await this.onTurnError(context, error as Error);
    } finally {
      ended = true;
    }
  }

  /**
   * With a registration, the token alone, before the request's body is read: refused (401, one
   * warning) when the header holds no bearer token or the token fails any check that does not
   * need the activity; 503 when the signing keys cannot be had. Without a registration: ok.
   */
  async authenticateBeforeBody(authorization: string | undefined): Promise<BeforeBodyVerdict> {
    if (this.loopbackServiceUrlsOnly) return { ok: true };
    const refusal = this.refuseWithoutBearer(authorization);
    if (refusal) return refusal;
    try {
      await withoutSdkConsole(() => this.botFrameworkAuthentication.authenticateRequest(NO_ACTIVITY, authorization!));
      return { ok: true };
    } catch (error) {
      if (tokenCheckFailure(error).kind === 'unauthenticated') return this.unauthenticated(errorSummary(error).message);
      this.keysUnavailable(error);
      return { ok: false, ...refusalBeforeBody('keysUnavailable') };
    }
  }

  /**
   * The first, synchronous part of authenticateBeforeBody: with a registration, a refusal (401, one
   * warning) when the header holds no bearer token at all; undefined when there is one to verify.
   */
  refuseWithoutBearer(authorization: string | undefined): (BeforeBodyVerdict & { ok: false }) | undefined {
    if (this.loopbackServiceUrlsOnly) return undefined;
    const problem = bearerTokenProblem(authorization);
    return problem ? this.unauthenticated(problem) : undefined;
  }

  private unauthenticated(reason: string | undefined, channelId?: string): BeforeBodyVerdict & { ok: false } {
    this.refusals.warn({ status: 401, ...(channelId !== undefined ? { channelId } : {}), reason });
    return { ok: false, ...refusalBeforeBody('unauthenticated') };
  }

  private keysUnavailable(error: unknown): void {
    // Nothing wrong with the request: the keys to check it could not be had (Bot Framework's
    // OpenID metadata unreachable or failing). 503, so the channel sends it again. One line per
    // while with the count since (keysLineDue): a burst of requests while the keys are out is one line.
    const now = performance.now();
    if (!keysLineDue(this.keysLoggedAt, now)) {
      this.keysUnlogged += 1;
      return;
    }
    this.keysLoggedAt = now;
    const unlogged = this.keysUnlogged;
    this.keysUnlogged = 0;
    this.logger.error(
      { status: 503, err: errorSummary(error), ...(unlogged > 0 ? { unlogged } : {}) },
      'token not checked: the signing keys could not be fetched; try again',
    );
  }

  /**
   * Answers a POSTed activity like CloudAdapter.process, but: 405 for another method; 400 when its
   * fields break protocols/http/activityShape.ts; 403 in local mode for a service URL not on loopback; 401 (one
   * warning, up to 50 a second: logging/refusalLog.ts) when the token fails against the activity (the
   * signing key's endorsement of the channel, the serviceUrl claim); 503 with Retry-After when the
   * signing keys are unavailable or the turn hit a transient infrastructure failure
   * (turnErrors.ts); 500 for anything else, logged as an error.
   */
  override async process(req: Request, resOrSocket: unknown, logicOrHead: unknown, maybeLogic?: unknown): Promise<void> {
    if (maybeLogic !== undefined) {
      return super.process(req, resOrSocket as never, logicOrHead as never, maybeLogic as Logic);
    }
    const res = resOrSocket as Response;
    const logic = logicOrHead as Logic;
    // Written directly rather than through restify's send (content negotiation and a formatter
    // chain, for what is always JSON here): a turn whose replies travel in the response pays for
    // neither (its cost: bench/README.md).
    // Any other Response (botbuilder's interface) is answered its own way.
    const http = typeof (resOrSocket as Partial<ServerResponse>).writeHead === 'function' ? (resOrSocket as ServerResponse) : undefined;
    const end = (status: number, body?: unknown): void => {
      if (!http) {
        res.status(status);
        if (body !== undefined) res.send(body);
        res.end();
        return;
      }
      if (body === undefined) {
        http.writeHead(status);
        http.end();
        return;
      }
      // A cached card in the answer is written from its kept bytes (protocols/connector/jsonBytes.ts).
      const bytes = jsonBytes(body);
      http.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
      http.end(bytes);
    };

    const answer = (a: EntryAnswer): void => {
      if (a.retryAfter) retryAfter(res, a.retryAfter);
      return end(a.status, a.body);
    };
    const refused = entryRefusal(req.method, req.body, this.loopbackServiceUrlsOnly);
    if (refused) {
      const refusal = entryAnswer(refused);
      // A wrong method is answered without a line; a refused activity gets one, with its reason.
      if (refused.kind !== 'method')
        this.logger.warn({ status: refusal.status, reason: refused.kind === 'shape' ? refused.problem : refused.kind }, 'activity rejected');
      return answer(refusal);
    }
    const activity = activityFromBody(req.body);
    const refuse = (error: unknown): void => {
      const verdict = this.unauthenticated(errorSummary(error).message, activity.channelId);
      return end(verdict.status, verdict.body);
    };

    // The token is checked against the activity before the turn: a refused one never reaches the
    // turn or the state. (It was checked on its own before the body was read: server.ts.)
    let authentication: AuthenticateRequestResult;
    try {
      const token = header(req, 'authorization');
      // The SDK prints only while it checks a token: a request without one is checked directly.
      const check = (): Promise<AuthenticateRequestResult> => this.botFrameworkAuthentication.authenticateRequest(activity, token);
      authentication = await (token ? withoutSdkConsole(check) : check());
    } catch (error) {
      if (tokenCheckFailure(error).kind === 'unauthenticated') return refuse(error);
      this.keysUnavailable(error);
      return answer(entryAnswer({ kind: 'keysUnavailable' }));
    }

    // The body reader (jsonBody.ts) keeps the request's text: a turn that must run again rebuilds the
    // activity from it instead of every turn copying it up front.
    const raw = (req as { rawBody?: unknown }).rawBody;
    if (typeof raw === 'string') rememberArrival(activity, () => activityFromBody(JSON.parse(raw)));

    try {
      const invokeResponse = await this.processActivity(authentication, activity, logic);
      return end(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      const failure = turnFailure(error, error instanceof TransientTurnError);
      if (failure.kind === 'unauthenticated') return refuse(error);
      if (error instanceof TransientTurnError) {
        this.logger.error(
          { status: 503, correlationId: error.correlationId, err: errorSummary(error), cause: errorSummary(error.cause) },
          'turn not completed: try again',
        );
      } else {
        const e = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
        this.logger.error({ status: 500, err: e }, 'request failed');
      }
      return answer(entryAnswer(failure));
    }
  }
}
