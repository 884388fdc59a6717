// A stand-in for the managed identity endpoint Azure App Service gives a process (IDENTITY_ENDPOINT
// and IDENTITY_HEADER): DefaultAzureCredential in the bot asks it for a token and gets one the test
// made. Azurite in OAuth mode accepts a token by its shape, times, issuer and audience; the
// signature is not checked, so none is needed here.
import { randomBytes } from 'crypto';
import * as http from 'http';

export interface TokenClaims {
  aud?: string;
  iss?: string;
  /** Seconds from now. */
  nbf?: number;
  exp?: number;
}

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT-shaped storage token (audience https://storage.azure.com unless told otherwise). */
export function storageToken(claims: TokenClaims = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    aud: claims.aud ?? 'https://storage.azure.com',
    iss: claims.iss ?? 'https://sts.windows.net/00000000-0000-0000-0000-000000000001/',
    iat: now - 60,
    nbf: now + (claims.nbf ?? -60),
    exp: now + (claims.exp ?? 3600),
    oid: '00000000-0000-0000-0000-0000000000aa',
  };
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(payload)}.${randomBytes(32).toString('base64url')}`;
}

export interface IdentityEndpoint {
  /** For the bot's environment. */
  env: { IDENTITY_ENDPOINT: string; IDENTITY_HEADER: string };
  /** Every token request's query (resource, client_id, api-version). */
  requests: URLSearchParams[];
  /** Tokens handed out. */
  issued: string[];
  close(): Promise<void>;
}

/** `answer` makes the token for each request, or a status code to refuse with (no identity here). */
export async function identityEndpoint(answer: () => string | number = () => storageToken()): Promise<IdentityEndpoint> {
  const header = randomBytes(16).toString('hex');
  const requests: URLSearchParams[] = [];
  const issued: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.searchParams);
    const result = req.headers['x-identity-header'] === header ? answer() : 401;
    if (typeof result === 'number') {
      res.writeHead(result, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_request', error_description: 'No identity is assigned to this resource.' }));
      return;
    }
    issued.push(result);
    const body = {
      access_token: result,
      expires_on: String(Math.floor(Date.now() / 1000) + 3600),
      resource: url.searchParams.get('resource'),
      token_type: 'Bearer',
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    env: { IDENTITY_ENDPOINT: `http://127.0.0.1:${port}/msi/token`, IDENTITY_HEADER: header },
    requests,
    issued,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
