// A TokenSource over the stand-in's token service: a fresh token for every call, as the real
// one (on behalf of the signed-in partner) will ask Microsoft Entra for.
import type { Service, TokenSource } from '../../src/hosting/microsoftApis/call';

export class StandinTokenSource implements TokenSource {
  /** Tokens handed out, so a test can look for them where they must never be. */
  readonly issued: string[] = [];

  constructor(private readonly tokenUrl: string) {}

  async getToken(resource: Service): Promise<string> {
    const response = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: resource }).toString(),
    });
    if (!response.ok) throw new Error(`Token service answered ${response.status}`);
    const { access_token: token } = (await response.json()) as { access_token: string };
    this.issued.push(token);
    return token;
  }
}
