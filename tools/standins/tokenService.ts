// A stand-in for the Bot Framework token service (the OAuth API behind an Azure Bot's OAuth
// connection), for tests and the local demonstration only (never loaded by src/, never in a
// production build). In memory, on 127.0.0.1; it speaks the paths, query parameters, bodies and
// answers that botbuilder 4.23's own client (botframework-connector's UserTokenClientImpl over its
// TokenApiClient) sends and expects:
//   GET    /api/usertoken/GetToken?userId&connectionName&channelId[&code]     -> TokenResponse
//   POST   /api/usertoken/exchange?userId&connectionName&channelId            body TokenExchangeRequest {uri?, token?}
//   GET    /api/botsignin/GetSignInResource?state[&finalRedirect…]            -> SignInUrlResponse
//   DELETE /api/usertoken/SignOut?userId[&connectionName][&channelId]
//   GET    /api/usertoken/GetTokenStatus?userId[&channelId][&include]        -> TokenStatus[]
// `state` is base64 of a TokenExchangeState JSON {connectionName, conversation: ConversationReference,
// relatesTo?, msAppId} (UserTokenClient.createTokenExchangeState); the user is
// conversation.user.id on conversation.channelId.
//
// How the SDK's client (operation specs in botframework-connector/lib/tokenApi/operations, over
// @azure/core-client) takes the answers, checked against 4.23:
// - GetToken lists 200 and 404 as expected answers. A 404 with an empty body resolves to
//   undefined (no token: the OAuth prompt then sends its sign-in card); a 404 with a JSON body
//   would resolve to that body, which OAuthPrompt.recognizeToken would take for a token (it tests
//   `!== undefined`). So "no token" and "wrong magic code" are a 404 with no body, as the real
//   service answers. Any other non-2xx is thrown as a RestError.
// - exchange lists 200, 400 and 404. A 400 resolves (it does not throw) to the ErrorResponse body
//   {error: {code, message}}, which has no `token`; a 404 with no body resolves to undefined; any
//   other status throws. botbuilder's TeamsSSOTokenExchangeMiddleware and OAuthPrompt take a missing
//   `token` (or a throw) as a failed exchange and answer Teams with 412, so the bot must too. When
//   consent is needed the real service answers 400 with "Consent Required" in the body (that is
//   what Microsoft's Agents SDK for Python looks for); the error codes below are illustrative.
// - GetSignInResource: 200 with SignInUrlResponse; tokenPostResource is not in 4.23's mapper but
//   the client keeps properties it does not know, so it reaches the bot.
// - SignOut: 200 (or 204) resolves to undefined.
// The real service wants the bot's own Microsoft Entra token; the stand-in checks no credentials
// (the client sends none when the bot runs without an app id), it keeps what it received.
import * as http from 'node:http';
import type { ReceivedRequest } from './partnerCenterStandin';
import type { AddressInfo } from 'node:net';
import { createHash, randomInt, randomUUID } from 'node:crypto';

/** The Teams SSO audience the OAuth connection's token exchange URL names, and the issued tokens' `aud`. */
export const STANDIN_BOT_AUDIENCE = 'api://botid-standin';
/** The partner's Microsoft Entra tenant the stand-in's users belong to, unless another is given. */
export const STANDIN_PARTNER_TENANT_ID = '7b3f1c2a-5d4e-4f60-9a8b-1c2d3e4f5a6b';
/** The service provider id in tokenExchangeResource (illustrative). */
const STANDIN_PROVIDER_ID = 'c0ffee00-5a11-4d1e-8b0b-57a4d10c0de5';
const TOKEN_LIFETIME_SECONDS = 3600;

/** TokenResponse as the Bot Framework token API returns it. */
export interface TokenResponse {
  channelId: string;
  connectionName: string;
  token: string;
  /** ISO 8601. */
  expiration: string;
}

/** SignInUrlResponse as the Bot Framework token API returns it. */
export interface SignInUrlResponse {
  signInLink: string;
  tokenExchangeResource: { id: string; uri: string; providerId: string };
  tokenPostResource: { sasUrl: string };
}

/** A request as the stand-in received it, kept like the Partner Center stand-in's (its endpoint: `GET /api/usertoken/GetToken`). */
export type TokenServiceRequest = ReceivedRequest;

export interface TokenServiceOptions {
  /** The `tid` of every token; STANDIN_PARTNER_TENANT_ID unless set. */
  tenantId?: string;
  /** The token exchange URL (Teams SSO audience); STANDIN_BOT_AUDIENCE unless set. */
  exchangeUri?: string;
  /** A line the sign-in page adds (the demonstration's sample values). */
  note?: string;
}

export interface TeamsSsoTokenOptions {
  /** `aud`; the exchange URI unless set (another audience is refused by exchange). */
  audience?: string;
  /** The display name; the user's name otherwise. */
  name?: string;
  /** Already expired (refused by exchange). */
  expired?: boolean;
}

type Json = Record<string, unknown>;

interface SignIn {
  token: string;
  exp: number;
}

const ENDPOINTS: Record<string, string> = {
  'GET /api/usertoken/gettoken': 'GET /api/usertoken/GetToken',
  'POST /api/usertoken/exchange': 'POST /api/usertoken/exchange',
  'GET /api/botsignin/getsigninresource': 'GET /api/botsignin/GetSignInResource',
  'DELETE /api/usertoken/signout': 'DELETE /api/usertoken/SignOut',
  'GET /api/usertoken/gettokenstatus': 'GET /api/usertoken/GetTokenStatus',
  'GET /signin': 'GET /signin',
  'POST /signin': 'POST /signin',
};

export class TokenServiceStandin {
  /** Every token handed out (user tokens and minted Teams SSO tokens), to look for where they must never be. */
  readonly issued: string[] = [];
  readonly received: TokenServiceRequest[] = [];
  /** Whether issued user tokens carry `amr: ['pwd', 'mfa']` (or just `['pwd']`); read when a token is issued. */
  mfa = true;
  readonly tenantId: string;
  readonly exchangeUri: string;
  private readonly note: string | undefined;
  private readonly counts = new Map<string, number>();
  private readonly signIns = new Map<string, SignIn>();
  /** Magic codes shown on the sign-in page, each bound to one (user, connection, channel). */
  private readonly codes = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly connections = new Set<string>();
  private failures = 0;
  private server: http.Server | undefined;
  private base = '';

  constructor(options: TokenServiceOptions = {}) {
    this.tenantId = options.tenantId ?? STANDIN_PARTNER_TENANT_ID;
    this.exchangeUri = options.exchangeUri ?? STANDIN_BOT_AUDIENCE;
    this.note = options.note;
  }

  /** Starts on a free local port; the base URL (the OAuthUrl to give the bot). */
  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  calls(endpoint: string): number {
    return this.counts.get(endpoint) ?? 0;
  }

  /** The next exchange is refused as when the user has not consented yet (400, "Consent Required"); queued. */
  failNextExchange(): void {
    this.failures++;
  }

  /** The display name the user's tokens carry. */
  setName(userId: string, name: string): void {
    this.names.set(userId, name);
  }

  nameOf(userId: string): string {
    // Each user a name of their own, so two colleagues of the demonstration tell each other apart.
    return this.names.get(userId) ?? `Partner admin ${this.oidOf(userId).slice(0, 4)}`;
  }

  /** The user's Microsoft Entra object id: stable per user id. */
  oidOf(userId: string): string {
    const hex = createHash('sha256').update(`standin-oid:${userId}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /**
   * A user token this stand-in issued, and for whom (its oid and tid); undefined for any other token
   * or an expired one. The demonstration's stand-in for verifying a sign-in token with Entra's keys.
   */
  verifyIssued(token: string): { tenantId: string; objectId: string; name?: string } | undefined {
    if (!this.issued.includes(token)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
        oid?: unknown;
        tid?: unknown;
        exp?: unknown;
        name?: unknown;
      };
      const live = typeof claims.exp === 'number' && claims.exp > Math.floor(Date.now() / 1000);
      if (!live || typeof claims.oid !== 'string' || typeof claims.tid !== 'string') return undefined;
      return { tenantId: claims.tid, objectId: claims.oid, ...(typeof claims.name === 'string' ? { name: claims.name } : {}) };
    } catch {
      return undefined;
    }
  }

  /** Whether the user holds a sign-in for the connection on the channel. */
  isSignedIn(userId: string, connectionName: string, channelId: string): boolean {
    return this.signIns.has(keyOf(userId, connectionName, channelId));
  }

  /** Signs a user in without a browser (what the sign-in page and the magic code do together). */
  signInDirectly(userId: string, connectionName: string, channelId: string): TokenResponse {
    this.connections.add(connectionName);
    const key = keyOf(userId, connectionName, channelId);
    const signIn = this.issueUserToken(userId);
    this.signIns.set(key, signIn);
    return this.tokenResponse(signIn, connectionName, channelId);
  }

  /** What Teams hands the bot for SSO (signin/tokenExchange): an unsigned JWT for the exchange URI. */
  teamsSsoToken(userId: string, options: TeamsSsoTokenOptions = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const token = unsignedJwt({
      aud: options.audience ?? this.exchangeUri,
      iss: `https://login.microsoftonline.com/${this.tenantId}/v2.0`,
      iat: now - 60,
      nbf: now - 60,
      exp: options.expired ? now - 60 : now + TOKEN_LIFETIME_SECONDS,
      oid: this.oidOf(userId),
      tid: this.tenantId,
      name: options.name ?? this.nameOf(userId),
      scp: 'access_as_user',
      ver: '2.0',
    });
    this.issued.push(token);
    return token;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.base);
    const method = req.method ?? '';
    const endpoint = ENDPOINTS[`${method} ${url.pathname.toLowerCase()}`] ?? `${method} ${url.pathname}`;
    let body: unknown;
    try {
      body = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      body = text;
    }
    const query = Object.fromEntries(url.searchParams);
    this.received.push({ method, url: req.url ?? '', path: url.pathname, query, headers: req.headers, body, endpoint });
    this.counts.set(endpoint, this.calls(endpoint) + 1);

    switch (endpoint) {
      case 'GET /api/usertoken/GetToken':
        return this.getToken(res, query);
      case 'POST /api/usertoken/exchange':
        return this.exchange(res, query, body);
      case 'GET /api/botsignin/GetSignInResource':
        return this.signInResource(res, query);
      case 'DELETE /api/usertoken/SignOut':
        return this.signOut(res, query);
      case 'GET /api/usertoken/GetTokenStatus':
        return this.tokenStatus(res, query);
      case 'GET /signin':
        return this.signInPage(res, query);
      case 'POST /signin':
        return this.autoSignIn(res, query);
      default:
        return send(res, 404, error('NotFound', 'No such endpoint on the stand-in token service.'));
    }
  }

  private getToken(res: http.ServerResponse, query: Record<string, string>): void {
    const { userId, connectionName, channelId = '', code } = query;
    if (!userId || !connectionName) return send(res, 400, error('BadArgument', 'userId and connectionName are required.'));
    this.connections.add(connectionName);
    const key = keyOf(userId, connectionName, channelId);
    if (code) {
      // A wrong code is a 404, like no token: the client resolves to undefined.
      if (this.codes.get(code) !== key) return send(res, 404);
      this.codes.delete(code);
      this.signIns.set(key, this.issueUserToken(userId));
    }
    let signIn = this.signIns.get(key);
    if (!signIn) return send(res, 404);
    // The real service refreshes behind the scenes; the stand-in issues a fresh token once the last one expired.
    if (signIn.exp <= Math.floor(Date.now() / 1000)) this.signIns.set(key, (signIn = this.issueUserToken(userId)));
    return send(res, 200, this.tokenResponse(signIn, connectionName, channelId));
  }

  private exchange(res: http.ServerResponse, query: Record<string, string>, body: unknown): void {
    const { userId, connectionName, channelId } = query;
    if (!userId || !connectionName || !channelId) return send(res, 400, error('BadArgument', 'userId, connectionName and channelId are required.'));
    this.connections.add(connectionName);
    const request = (typeof body === 'object' && body !== null ? body : {}) as { token?: unknown; uri?: unknown };
    if (typeof request.token !== 'string' || request.token === '') {
      return send(res, 400, error('BadArgument', 'The stand-in exchanges a token only (TokenExchangeRequest.token).'));
    }
    if (this.failures > 0) {
      this.failures--;
      return send(res, 400, error('ConsentRequired', 'Consent Required: the user has not consented to the application yet.'));
    }
    const claims = decodeJwt(request.token);
    const now = Math.floor(Date.now() / 1000);
    if (!claims || claims.aud !== this.exchangeUri) return send(res, 400, error('BadArgument', `The token is not for ${this.exchangeUri}.`));
    if (typeof claims.exp !== 'number' || claims.exp <= now) return send(res, 400, error('BadArgument', 'The token has expired.'));
    // A stand-in check: the token Teams hands over is the signed-in user's own.
    if (claims.oid !== this.oidOf(userId)) return send(res, 400, error('BadArgument', 'The token is not the user’s.'));
    if (typeof claims.name === 'string' && !this.names.has(userId)) this.names.set(userId, claims.name);
    return send(res, 200, this.signInDirectly(userId, connectionName, channelId));
  }

  private signInResource(res: http.ServerResponse, query: Record<string, string>): void {
    const state = readState(query.state);
    if (!state) return send(res, 400, error('BadArgument', 'state is not a base64 TokenExchangeState.'));
    this.connections.add(state.connectionName);
    const resource: SignInUrlResponse = {
      signInLink: `${this.base}/signin?state=${encodeURIComponent(query.state!)}`,
      tokenExchangeResource: { id: randomUUID(), uri: this.exchangeUri, providerId: STANDIN_PROVIDER_ID },
      // Not served by the stand-in.
      tokenPostResource: { sasUrl: `${this.base}/api/tokenpost/${randomUUID()}` },
    };
    return send(res, 200, resource);
  }

  private signOut(res: http.ServerResponse, query: Record<string, string>): void {
    const { userId, connectionName, channelId } = query;
    if (!userId) return send(res, 400, error('BadArgument', 'userId is required.'));
    for (const key of [...this.signIns.keys()]) {
      const [u, c, ch] = JSON.parse(key) as [string, string, string];
      if (u === userId && (!connectionName || c === connectionName) && (!channelId || ch === channelId)) this.signIns.delete(key);
    }
    return send(res, 200);
  }

  private tokenStatus(res: http.ServerResponse, query: Record<string, string>): void {
    const { userId, channelId = '', include } = query;
    if (!userId) return send(res, 400, error('BadArgument', 'userId is required.'));
    const only = include ? new Set(include.split(',').map((name) => name.trim())) : undefined;
    const statuses = [...this.connections]
      .filter((name) => !only || only.has(name))
      .map((name) => ({
        channelId,
        connectionName: name,
        hasToken: this.signIns.has(keyOf(userId, name, channelId)),
        serviceProviderDisplayName: 'Azure Active Directory v2',
      }));
    return send(res, 200, statuses);
  }

  /** The page the sign-in card opens: the sign-in is pretended, the magic code is real and bound to the user. */
  private signInPage(res: http.ServerResponse, query: Record<string, string>): void {
    // Web Chat appends `encodeURIComponent('&code_challenge=<session id>')` to the link (enhanced
    // authentication), so the last parameter's value, here the state, arrives with it: split it off.
    const state = readState(query.state?.split('&code_challenge=')[0]);
    if (!state) return sendHtml(res, 400, page('Sign-in link not valid', '<p>This sign-in link is not valid: its state could not be read.</p>'));
    let code: string;
    do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    while (this.codes.has(code));
    this.codes.set(code, keyOf(state.userId, state.connectionName, state.channelId));
    const name = escapeHtml(this.nameOf(state.userId));
    return sendHtml(
      res,
      200,
      page(
        'Signed in (local stand-in)',
        `<p>Signed in to the local stand-in as <strong id="name">${name}</strong>.</p>\n` +
          `<p>Type this code in the chat: <strong id="code">${code}</strong></p>\n` +
          '<p>This is a developer tool: no Microsoft account was used.</p>' +
          (this.note ? `\n<p id="note">${escapeHtml(this.note)}</p>` : ''),
      ),
    );
  }

  /** For tests: `POST /signin?state=…&auto=1` signs the user of the state in, no code to type. */
  private autoSignIn(res: http.ServerResponse, query: Record<string, string>): void {
    const state = readState(query.state);
    if (!state || query.auto !== '1') return send(res, 400, error('BadArgument', 'POST /signin needs a valid state and auto=1.'));
    this.signInDirectly(state.userId, state.connectionName, state.channelId);
    return send(res, 200, { signedIn: true, userId: state.userId, connectionName: state.connectionName, channelId: state.channelId });
  }

  private issueUserToken(userId: string): SignIn {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + TOKEN_LIFETIME_SECONDS;
    const token = unsignedJwt({
      aud: STANDIN_BOT_AUDIENCE,
      iss: `https://login.microsoftonline.com/${this.tenantId}/v2.0`,
      iat: now,
      nbf: now,
      exp,
      oid: this.oidOf(userId),
      tid: this.tenantId,
      name: this.nameOf(userId),
      amr: this.mfa ? ['pwd', 'mfa'] : ['pwd'],
      scp: 'access_as_user',
      ver: '2.0',
    });
    this.issued.push(token);
    return { token, exp };
  }

  private tokenResponse(signIn: SignIn, connectionName: string, channelId: string): TokenResponse {
    return { channelId, connectionName, token: signIn.token, expiration: new Date(signIn.exp * 1000).toISOString() };
  }
}

/** An unsigned JWT (`alg: none`): the stand-ins never check a signature. */
export function unsignedJwt(payload: Json): string {
  const part = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}

/** A JWT's claims, unverified; undefined when it is not one. */
export function decodeJwt(token: string): Json | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as unknown;
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Json) : undefined;
  } catch {
    return undefined;
  }
}

function keyOf(userId: string, connectionName: string, channelId: string): string {
  return JSON.stringify([userId, connectionName, channelId]);
}

/** The TokenExchangeState in `state`: base64 JSON {connectionName, conversation: {user: {id}, channelId, …}, msAppId}. */
function readState(state: string | undefined): { userId: string; connectionName: string; channelId: string } | undefined {
  if (!state) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(state, 'base64').toString('utf8')) as {
      connectionName?: unknown;
      conversation?: { user?: { id?: unknown }; channelId?: unknown };
    };
    const userId = parsed.conversation?.user?.id;
    const channelId = parsed.conversation?.channelId;
    if (typeof parsed.connectionName !== 'string' || typeof userId !== 'string' || typeof channelId !== 'string') return undefined;
    return { userId, connectionName: parsed.connectionName, channelId };
  } catch {
    return undefined;
  }
}

/** The token API's ErrorResponse shape. */
function error(code: string, message: string): Json {
  return { error: { code, message } };
}

function send(res: http.ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status, { 'Content-Length': '0' });
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendHtml(res: http.ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body { font-family: system-ui, sans-serif; margin: 3rem auto; max-width: 36rem; padding: 0 1rem; line-height: 1.5; } #code { font-size: 2rem; letter-spacing: 0.2em; }</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
