// The on-behalf-of exchange against the stand-in's token endpoint (PartnerCenterStandin's /token):
// the user's sign-in token in, a token for Partner Center or Microsoft Graph for that same user
// out, as Microsoft Entra's on-behalf-of flow does (v2-oauth2-on-behalf-of-flow). For tests and the
// local demonstration only. Nothing here keeps or prints a token beyond the `issued` list.
import type { OnBehalfOf, Service } from '../../src/hosting/microsoftApis/call';
import { SERVICE_SCOPES } from '../../src/hosting/actions/onBehalfOf';

/** The scopes the bot itself asks Microsoft Entra for: the stand-in's exchange asks the same. */
export { SERVICE_SCOPES };

/** A refused grant: the HTTP status and Microsoft Entra's `error` (invalid_grant, interaction_required…), never a token. */
export class OnBehalfOfRefused extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    super(`The on-behalf-of grant was refused (${status}${error ? ` ${error}` : ''})`);
    this.name = 'OnBehalfOfRefused';
  }
}

export interface StandinOnBehalfOfOptions {
  /** `client_id`; `standin` unless set. */
  clientId?: string;
  /** For tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export class StandinOnBehalfOf implements OnBehalfOf {
  /** Service tokens handed out, so a test can look for them where they must never be. */
  readonly issued: string[] = [];

  constructor(
    private readonly tokenUrl: string,
    private readonly options: StandinOnBehalfOfOptions = {},
  ) {}

  async tokenFor(userToken: string, service: Service): Promise<string> {
    const response = await (this.options.fetch ?? fetch)(this.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        client_id: this.options.clientId ?? 'standin',
        assertion: userToken,
        scope: SERVICE_SCOPES[service],
        requested_token_use: 'on_behalf_of',
      }).toString(),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; error?: unknown };
    if (!response.ok || typeof body.access_token !== 'string') throw new OnBehalfOfRefused(response.status, typeof body.error === 'string' ? body.error : '');
    this.issued.push(body.access_token);
    return body.access_token;
  }
}
