// A JWT's claims read without checking its signature: only for what another party checks (the
// SDK a channel's token, Entra a user's) or has checked already. The Bot Framework token's
// expiry (tokenTrust.ts), the user's tenant and object id (the actions, in the shell).

/** The claims of a compact JWS (header.payload.signature); {} when its payload is no JSON object. */
export function claimsOf(token: string): Record<string, unknown> {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
