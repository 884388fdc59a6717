// A stand-in for Bot Framework's token issuer on 127.0.0.1: an OpenID metadata document, its
// JWKS (keys with the channels they are endorsed for, as Bot Framework publishes them) and RS256
// tokens signed with local keys by node:crypto.
import { generateKeyPairSync, KeyObject, sign } from 'crypto';
import * as http from 'http';
import { AddressInfo } from 'net';
import { Activity } from 'botbuilder';
import { AuthenticateRequestResult } from 'botframework-connector';
import { ForwardingAuthentication } from '../../src/hosting/connector/forwardingAuthentication';

/** The issuer of channel tokens (AuthenticationConstants.ToBotFromChannelTokenIssuer). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function signingKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

export interface TokenOptions {
  /** The key that signs; absent with alg none. */
  key?: SigningKey;
  /** The kid in the header (default: the signing key's). */
  kid?: string;
  alg?: 'RS256' | 'none';
  claims: Record<string, unknown>;
}

/** A compact JWS: RS256 over header.payload with the key, or an unsigned `alg: none` token. */
export function token({ key, kid = key?.kid, alg = 'RS256', claims }: TokenOptions): string {
  const header = base64url(JSON.stringify({ alg, typ: 'JWT', ...(kid ? { kid } : {}) }));
  const payload = base64url(JSON.stringify(claims));
  const signed = `${header}.${payload}`;
  if (alg === 'none' || !key) return `${signed}.`;
  return `${signed}.${sign('sha256', Buffer.from(signed), key.privateKey).toString('base64url')}`;
}

/** The claims of a channel token for the bot, valid for an hour from now. */
export function channelClaims(appId: string, serviceUrl: string, now = Math.floor(Date.now() / 1000)): Record<string, unknown> {
  return { iss: CHANNEL_ISSUER, aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600 };
}

export interface OpenIdProvider {
  metadataUrl: string;
  /** Requests the provider answered (metadata and keys). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves /.well-known/openidconfiguration and /keys; each key is published with its endorsements. */
export async function startOpenIdProvider(keys: { key: SigningKey; endorsements: string[] }[]): Promise<OpenIdProvider> {
  const requests: string[] = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const send = (body: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/v1/.well-known/openidconfiguration') {
      send({ issuer: CHANNEL_ISSUER, jwks_uri: `${origin}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    } else if (req.url === '/v1/keys') {
      send({
        keys: keys.map(({ key, endorsements }) => ({
          ...(key.publicKey.export({ format: 'jwk' }) as Record<string, string>),
          kid: key.kid,
          use: 'sig',
          endorsements,
        })),
      });
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${origin}/v1/.well-known/openidconfiguration`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The SDK's authentication with its checks of requests counted (what a keeping wrapper spares). */
export class CountingAuthentication extends ForwardingAuthentication {
  checks = 0;

  override authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    this.checks += 1;
    return super.authenticateRequest(activity, authHeader);
  }
}
