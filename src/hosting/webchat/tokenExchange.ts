// POST /api/directline/token: gives the page a short-lived Direct Line token for one user and one
// conversation. In production the configured secret is exchanged at Azure Bot Service; without a
// secret the local Direct Line issues the token. Either way the browser gets only
// { token, conversationId, expiresIn }, and the secret appears in no response and no log line.
import * as restify from 'restify';
import { Logger } from '../logging/logger';
import { matchLocale } from '../../domain/locales';
import { LocalDirectLine } from '../directline/localDirectLine';
import { clientAddress, RateLimiter } from './rateLimit';

export const TOKEN_PATH = '/api/directline/token';

/** Ids the page makes: `dl_` and random url-safe characters (Direct Line wants the `dl_` prefix). */
export const USER_ID = /^dl_[A-Za-z0-9_-]{16,64}$/;

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

/** Exchanges the secret for a token bound to the user id (Direct Line 3.0 tokens/generate). */
export async function generateToken(url: string, secret: string, userId: string): Promise<DirectLineToken> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
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
  const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  const token = body?.token;
  const conversationId = body?.conversationId;
  const expiresIn = body?.expires_in;
  if (typeof token !== 'string' || token === '' || typeof conversationId !== 'string' || typeof expiresIn !== 'number') {
    throw new TokenServiceError(response.status);
  }
  return { token, conversationId, expiresIn };
}

export interface TokenRouteDeps {
  logger: Logger;
  limiter: RateLimiter;
  trustProxy: boolean;
  /** Set in production: the secret and where to exchange it. */
  directLine?: { secret: string; tokenUrl: string };
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
      fail(res, 415, 'UnsupportedMediaType', 'Send a JSON object: { "userId": "dl_…", "locale": "en-US" }.');
      return;
    }
    const { userId, locale } = req.body as { userId?: unknown; locale?: unknown };
    if (typeof userId !== 'string' || !USER_ID.test(userId)) {
      fail(res, 400, 'BadArgument', 'userId must be "dl_" followed by 16-64 letters, digits, "_" or "-".');
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
      const { token, conversationId, expiresIn } = await generateToken(deps.directLine!.tokenUrl, deps.directLine!.secret, userId);
      res.send(200, { token, conversationId, expiresIn });
    } catch (error) {
      const status = error instanceof TokenServiceError ? error.status : undefined;
      deps.logger.warn({ status }, 'Direct Line token exchange failed');
      fail(res, 502, 'TokenServiceUnavailable', 'Could not get a Direct Line token; try again later.');
    }
  });
}
