// What the Web Chat page's token route (POST /api/directline/token) answers when it gives no token
// (the shell: hosting/webchat/tokenExchange.ts), and what a request must be to be looked at: a
// JSON object (a cross-site form cannot send one without a CORS preflight the bot never grants).
// Every refusal is Direct Line's error shape; the busy and too-many answers say when to come back.

export type TokenRefusal =
  /** Over the address's share of token requests. */
  | { kind: 'tooMany'; retryAfterSeconds: number }
  /** No JSON object in the body. */
  | { kind: 'notJson' }
  /** The visitors' store could not be read: no token rather than an identity not checked. */
  | { kind: 'visitorUnknown' }
  /** The local Direct Line holds as many conversations as it may, until the soonest frees its place. */
  | { kind: 'busy'; retryAfterSeconds: number }
  /** Azure's token service failed or answered something else than a token. */
  | { kind: 'tokenService' };

export interface TokenRouteAnswer {
  status: 415 | 429 | 502 | 503;
  body: { error: { code: string; message: string } };
  retryAfterSeconds?: number;
}

const answer = (status: TokenRouteAnswer['status'], code: string, message: string, retryAfterSeconds?: number): TokenRouteAnswer => ({
  status,
  body: { error: { code, message } },
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
});

export function tokenRefusal(refusal: TokenRefusal): TokenRouteAnswer {
  switch (refusal.kind) {
    case 'tooMany':
      return answer(429, 'TooManyRequests', 'Too many token requests; try again later.', refusal.retryAfterSeconds);
    case 'notJson':
      return answer(415, 'UnsupportedMediaType', 'Send a JSON object: { "locale": "en-US" }.');
    case 'visitorUnknown':
      return answer(503, 'TryAgain', 'Could not start the chat; try again later.');
    case 'busy':
      return answer(503, 'Busy', 'Too many conversations are open; try again after the time Retry-After gives.', refusal.retryAfterSeconds);
    case 'tokenService':
      return answer(502, 'TokenServiceUnavailable', 'Could not get a Direct Line token; try again later.');
  }
}

/** Whether a token request is looked at: a JSON content type and an object in the body. */
export function isTokenRequest(jsonContentType: boolean, body: unknown): body is Record<string, unknown> {
  return jsonContentType && typeof body === 'object' && body !== null && !Array.isArray(body);
}
