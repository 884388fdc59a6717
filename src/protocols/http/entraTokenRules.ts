// What a Teams single sign-on token must satisfy to name someone to the side panel (the shell,
// hosting/panel/entraToken.ts, has the SDK's extractor check its signature against Entra's keys,
// its audience, issuer and lifetime): the header's shape and size, the tenant it claims (read only
// to name the issuer the check then requires, and refused at once outside the allowed tenants),
// the audiences and issuers the check is given, and, once it passed, whether its claims name a
// user. Microsoft's access token claims reference: a user's token carries the delegated scopes in
// `scp`, an app's carries `roles` and no `scp` (an app-only token names no person, though it has
// an object id: its service principal's), and the optional `idtyp` claim says `app` for an app's.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BEARER = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;
/** Longer than any Entra access token: anything beyond is not looked at. */
export const MAX_TOKEN = 8192;
const MAX_NAME = 256;
/** The clock skew a token's lifetime is allowed, as Entra's own libraries allow it. */
export const CLOCK_TOLERANCE_SECONDS = 300;

export interface SignedInUser {
  /** The user's Entra object id. */
  oid: string;
  tid: string;
  /** Their display name, as the token names them (bounded; absent when it does not). */
  name?: string;
}

/**
 * The audiences a token for this app may name: v2 tokens the client id; v1 tokens the application
 * ID URI, api://botid-<id> (the manifest's webApplicationInfo today), or the tab form
 * api://<host>/<id> or api://<host>/botid-<id>. None for a client id that is no GUID.
 */
export function ssoAudiences(clientId: string): (string | RegExp)[] {
  const id = clientId.toLowerCase();
  return GUID.test(id) ? [id, new RegExp(`^api://([A-Za-z0-9.:_-]{1,253}/)?(botid-)?${id}$`, 'i')] : [];
}

/** The issuers of the tenant a token claims: Entra's v2 and v1 forms. */
export function issuersOf(tenant: string): string[] {
  return [`https://login.microsoftonline.com/${tenant}/v2.0`, `https://sts.windows.net/${tenant}/`];
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

/**
 * Before the signature is checked: the token (a bounded `Bearer` compact JWS, signed) and the
 * tenant it claims, lower-cased; undefined when it is not worth checking (no header, too long, not
 * a signed bearer token, no tenant, a tenant outside the allowed ones where the deployment lists them).
 */
export function tokenToCheck(authorization: unknown, allowedTenants: ReadonlySet<string>): { jws: string; tenant: string } | undefined {
  if (typeof authorization !== 'string' || authorization.length > MAX_TOKEN) return undefined;
  const parts = BEARER.exec(authorization);
  if (!parts) return undefined;
  const tenant = tenantClaimed(parts[2]!);
  if (!tenant || (allowedTenants.size > 0 && !allowedTenants.has(tenant))) return undefined;
  return { jws: `${parts[1]}.${parts[2]}.${parts[3]}`, tenant };
}

/** Once the signature, audience, issuer and lifetime passed: the user the claims name, or none (an app's token, another tenant's, no object id). */
export function signedInUserOf(claim: (name: string) => unknown, tenant: string): SignedInUser | undefined {
  const oid = claim('oid');
  const tid = claim('tid');
  if (typeof oid !== 'string' || !GUID.test(oid) || typeof tid !== 'string' || tid.toLowerCase() !== tenant) return undefined;
  // A user's token only: delegated scopes, and not marked as an app's.
  const scp = claim('scp');
  if (typeof scp !== 'string' || scp.trim() === '' || claim('idtyp') === 'app') return undefined;
  const name = claim('name');
  return { oid: oid.toLowerCase(), tid: tenant, ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim().slice(0, MAX_NAME) } : {}) };
}
