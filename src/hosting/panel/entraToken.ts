// Who is signed in to the side panel: the Teams single sign-on token the page gets from Teams
// (authentication.getAuthToken) and sends as a bearer token, verified here before anything is read
// for it: signed by Entra (the keys of its OpenID metadata), for this app, issued by the tenant it
// names, not expired, from an allowed tenant where the deployment lists them, and issued to a user.
// What the token and its claims must satisfy is pure (src/protocols/http/entraTokenRules.ts); here
// the SDK's extractor checks the signature. Nothing the page says about the user is taken
// otherwise; a token that fails any check names nobody.
import { guardSigningKeyFetches, JwtTokenExtractor, SigningKeysUnavailableError, withoutSdkConsole } from '../sdkInternals';
import { CLOCK_TOLERANCE_SECONDS, issuersOf, SignedInUser, signedInUserOf, ssoAudiences, tokenToCheck } from '../../protocols/http/entraTokenRules';

/** Entra's OpenID metadata for tokens of any tenant (v2.0 endpoint; its keys sign v1 and v2 tokens alike). */
export const ENTRA_METADATA_URL = 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration';

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
    this.audience = ssoAudiences(options.clientId);
    this.allowed = new Set((options.allowedTenants ?? []).map((t) => t.toLowerCase()));
    this.metadataUrl = options.metadataUrl ?? ENTRA_METADATA_URL;
  }

  /** The signed-in user, or undefined for a missing, malformed or failing token. SigningKeysUnavailableError passes through. */
  async verify(authorization: string | undefined): Promise<SignedInUser | undefined> {
    const token = this.audience.length > 0 ? tokenToCheck(authorization, this.allowed) : undefined;
    if (!token) return undefined;
    const extractor = new JwtTokenExtractor(
      {
        issuer: issuersOf(token.tenant),
        audience: this.audience as [string | RegExp, ...(string | RegExp)[]],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        algorithms: ['RS256'],
      },
      this.metadataUrl,
      ['RS256'],
    );
    let identity;
    try {
      identity = await withoutSdkConsole(() => extractor.getIdentity('Bearer', token.jws, ''));
    } catch (error) {
      if (error instanceof SigningKeysUnavailableError) throw error;
      return undefined;
    }
    if (!identity?.isAuthenticated) return undefined;
    return signedInUserOf((name) => identity.getClaimValue(name), token.tenant);
  }
}
