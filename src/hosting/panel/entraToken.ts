// Who is signed in to the side panel: the Teams single sign-on token the page gets from Teams
// (authentication.getAuthToken) and sends as a bearer token, verified here before anything is read
// for it: signed by Entra (the keys of its OpenID metadata), for this app (its client id, or an
// application ID URI ending in it), issued by the tenant it names, not expired, and from an
// allowed tenant where the deployment lists them, and issued to a user: an app-only token (an
// application's own, from the client credentials flow) names no person, though it has an object id
// (its service principal's). Microsoft's access token claims reference: a user's token carries the
// delegated scopes in `scp`, an app's carries `roles` and no `scp`, and the optional `idtyp` claim
// says `app` for an app's. Nothing the page says about the user is taken otherwise; a token that
// fails any check names nobody.
import { guardSigningKeyFetches, JwtTokenExtractor, SigningKeysUnavailableError, withoutSdkConsole } from '../sdkInternals';

/** Entra's OpenID metadata for tokens of any tenant (v2.0 endpoint; its keys sign v1 and v2 tokens alike). */
export const ENTRA_METADATA_URL = 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BEARER = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;
const MAX_TOKEN = 8192;

export interface SignedInUser {
  /** The user's Entra object id. */
  oid: string;
  tid: string;
  /** Their display name, as the token names them (bounded; absent when it does not). */
  name?: string;
}

export interface EntraTokenOptions {
  /** The app registration Teams gets the token for (SSO_APP_ID). */
  clientId: string;
  /** Where the keys are published; tests only point it elsewhere. */
  metadataUrl?: string;
  /** The tenants the advisor serves (ALLOWED_TENANTS); empty: any. */
  allowedTenants?: readonly string[];
}

/** Thrown when the keys to check a token could not be had: the request may be fine (answer 503, not 401). */
export { SigningKeysUnavailableError };

export class EntraTokenVerifier {
  private readonly audience: (string | RegExp)[];
  private readonly allowed: Set<string>;
  private readonly metadataUrl: string;

  constructor(options: EntraTokenOptions) {
    guardSigningKeyFetches();
    const id = options.clientId.toLowerCase();
    // v2 tokens name the client id; v1 tokens the application ID URI: api://botid-<id> (the manifest's
    // webApplicationInfo today), or the tab form api://<host>/<id> or api://<host>/botid-<id>.
    this.audience = GUID.test(id) ? [id, new RegExp(`^api://([A-Za-z0-9.:_-]{1,253}/)?(botid-)?${id}$`, 'i')] : [];
    this.allowed = new Set((options.allowedTenants ?? []).map((t) => t.toLowerCase()));
    this.metadataUrl = options.metadataUrl ?? ENTRA_METADATA_URL;
  }

  /** The signed-in user, or undefined for a missing, malformed or failing token. SigningKeysUnavailableError passes through. */
  async verify(authorization: string | undefined): Promise<SignedInUser | undefined> {
    if (typeof authorization !== 'string' || authorization.length > MAX_TOKEN) return undefined;
    const parts = BEARER.exec(authorization);
    if (!parts || this.audience.length === 0) return undefined;
    // The tenant the token claims, read only to name the issuer the check then requires.
    const claimed = tenantClaimed(parts[2]!);
    if (!claimed || (this.allowed.size > 0 && !this.allowed.has(claimed))) return undefined;
    const extractor = new JwtTokenExtractor(
      {
        issuer: [`https://login.microsoftonline.com/${claimed}/v2.0`, `https://sts.windows.net/${claimed}/`],
        audience: this.audience as [string | RegExp, ...(string | RegExp)[]],
        clockTolerance: 300,
        algorithms: ['RS256'],
      },
      this.metadataUrl,
      ['RS256'],
    );
    let identity;
    try {
      identity = await withoutSdkConsole(() => extractor.getIdentity('Bearer', `${parts[1]}.${parts[2]}.${parts[3]}`, ''));
    } catch (error) {
      if (error instanceof SigningKeysUnavailableError) throw error;
      return undefined;
    }
    if (!identity?.isAuthenticated) return undefined;
    const oid = identity.getClaimValue('oid');
    const tid = identity.getClaimValue('tid');
    if (typeof oid !== 'string' || !GUID.test(oid) || typeof tid !== 'string' || tid.toLowerCase() !== claimed) return undefined;
    // A user's token only: delegated scopes, and not marked as an app's.
    const scp = identity.getClaimValue('scp');
    if (typeof scp !== 'string' || scp.trim() === '' || identity.getClaimValue('idtyp') === 'app') return undefined;
    const name = identity.getClaimValue('name');
    return { oid: oid.toLowerCase(), tid: claimed, ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim().slice(0, 256) } : {}) };
  }
}

function tenantClaimed(payload: string): string | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const tid = typeof claims === 'object' && claims !== null ? (claims as { tid?: unknown }).tid : undefined;
    return typeof tid === 'string' && GUID.test(tid) ? tid.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
