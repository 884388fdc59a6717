// POST /api/directline/token: gives the page a short-lived Direct Line token for one user and one
// conversation. The user is the visitor the server's signed cookie names (visitor.ts), never an id
// the client sends: a second client cannot ask for a token as someone else. In production the
// configured secret is exchanged at Azure Bot Service, with that user id embedded (enhanced
// authentication keeps it on every activity); without a secret the local Direct Line issues the
// token and sets `from` itself. Either way the browser gets only { token, conversationId,
// expiresIn } and the cookie, and the secret appears in no response and no log line. A reloaded
// page may offer its conversation back (`resume`, see resume.ts); it then gets that one, `resumed`.
import * as restify from 'restify';
import { Logger } from '../logging/logger';
import { matchLocale } from '../../domain/locales';
import { LocalDirectLine } from '../directline/localDirectLine';
import { clientAddress, RateLimiter } from './rateLimit';
import { VisitorIds } from './visitor';
import { isDirectLineTokenAnswer, parseResume } from '../../conversation/webChat/shapes';
import { resumeAzure, resumeLocal } from './resume';

export const TOKEN_PATH = '/api/directline/token';

const TIMEOUT_MS = 10_000;

export interface DirectLineToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

export class TokenServiceError extends Error {
  constructor(readonly status: number | undefined) {
    super(status === undefined ? 'The Direct Line token service did not answer.' : `The Direct Line token service answered ${status}.`);
    this.name = 'TokenServiceError';
  }
}

/**
 * Exchanges the secret for a token bound to the user id (Direct Line 3.0 tokens/generate: the
 * optional payload `{ user: { id }, trustedOrigins }`, the id starting with `dl_`).
 */
export async function generateToken(url: string, secret: string, userId: string, trustedOrigins: string[] = []): Promise<DirectLineToken> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ user: { id: userId }, ...(trustedOrigins.length > 0 ? { trustedOrigins } : {}) }),
      // Never follow a redirect with the secret in the headers.
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw new TokenServiceError(undefined);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new TokenServiceError(response.status);
  }
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (!isDirectLineTokenAnswer(body)) throw new TokenServiceError(response.status);
  return { token: body.token, conversationId: body.conversationId, expiresIn: body.expires_in };
}

export interface TokenRouteDeps {
  logger: Logger;
  limiter: RateLimiter;
  trustProxy: boolean;
  /** Who the visitor is: the signed cookie, and the user id it binds. */
  visitors: VisitorIds;
  /** Set in production: the secret, where to exchange it and the origins to embed. */
  directLine?: { secret: string; tokenUrl: string; trustedOrigins?: string[] };
  /** Set in local mode. */
  local?: LocalDirectLine;
}

function fail(res: restify.Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

export function registerTokenRoute(server: restify.Server, deps: TokenRouteDeps): void {
  server.post(TOKEN_PATH, async (req: restify.Request, res: restify.Response) => {
    res.header('Cache-Control', 'no-store');
    const verdict = deps.limiter.take(clientAddress(req, deps.trustProxy));
    if (!verdict.allowed) {
      res.header('Retry-After', String(verdict.retryAfterSeconds));
      fail(res, 429, 'TooManyRequests', 'Too many token requests; try again later.');
      return;
    }
    // A JSON body only: a cross-site form cannot send one without a CORS preflight we never grant.
    if (!req.is('application/json') || typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      fail(res, 415, 'UnsupportedMediaType', 'Send a JSON object: { "locale": "en-US" }.');
      return;
    }
    // A `userId` in the body (older pages sent one) is ignored: the cookie names the user.
    const { locale } = req.body as { locale?: unknown };
    let visitor;
    try {
      visitor = await deps.visitors.identify(req);
    } catch (error) {
      // The visitors' store could not be read: no token rather than an identity not checked.
      deps.logger.warn({ err: error }, 'A Web Chat visitor could not be identified');
      fail(res, 503, 'TryAgain', 'Could not start the chat; try again later.');
      return;
    }
    const { userId, setCookie } = visitor;
    res.header('Set-Cookie', setCookie);

    // A reloaded page offers the conversation it had: given back to the same visitor with that
    // conversation's token (resume.ts), otherwise a new conversation as for any page.
    const resume = parseResume(req.body);
    const resumed = resume && (deps.local ? resumeLocal(deps.local, userId, resume) : await resumeAzure(deps.directLine!.tokenUrl, userId, resume));
    if (resumed) {
      res.send(200, { ...resumed, resumed: true });
      return;
    }

    if (deps.local) {
      const issued = deps.local.issue(userId, matchLocale(locale));
      if (!issued) {
        // As long as it takes until the soonest conversation can expire (an unused token's few minutes, or an idle one's).
        res.header('Retry-After', String(deps.local.secondsUntilFree()));
        fail(res, 503, 'Busy', 'Too many conversations are open; try again after the time Retry-After gives.');
        return;
      }
      res.send(200, { token: issued.token, conversationId: issued.conversationId, expiresIn: issued.expiresIn });
      return;
    }

    try {
      const { token, conversationId, expiresIn } = await generateToken(
        deps.directLine!.tokenUrl,
        deps.directLine!.secret,
        userId,
        deps.directLine!.trustedOrigins,
      );
      res.send(200, { token, conversationId, expiresIn });
    } catch (error) {
      const status = error instanceof TokenServiceError ? error.status : undefined;
      deps.logger.warn({ status }, 'Direct Line token exchange failed');
      fail(res, 502, 'TokenServiceUnavailable', 'Could not get a Direct Line token; try again later.');
    }
  });
}
