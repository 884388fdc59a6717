// The partner's tokens for Partner Center and Microsoft Graph, from their one sign-in (Microsoft
// Entra's on-behalf-of flow, learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow).
// The sign-in app proves itself with the bot's managed identity (a federated identity credential:
// no secret in the app), or with SSO_CLIENT_SECRET outside Azure. A fresh exchange per call, and
// nothing cached here: the token service is asked for the user's token each time too.
import { ManagedIdentityCredential, OnBehalfOfCredential } from '@azure/identity';
import { MfaRequiredError, type OnBehalfOf, type Service } from '../microsoftApis/call';
import { claimsOf } from '../connector/tokenClaims';
import { entraAsksMfa } from '../../domain/microsoftApis/serviceAnswers';

/** The delegated permissions consented for the sign-in app, per service. */
export const SERVICE_SCOPES: Record<Service, string> = {
  partnerCenter: 'https://api.partnercenter.microsoft.com/.default',
  graph: 'https://graph.microsoft.com/.default',
};

/** The audience of a managed identity's token that a federated identity credential accepts. */
const TOKEN_EXCHANGE_SCOPE = 'api://AzureADTokenExchange/.default';

export class EntraOnBehalfOf implements OnBehalfOf {
  private readonly assertion: (() => Promise<string>) | undefined;

  constructor(private readonly options: { clientId: string; clientSecret?: string; managedIdentityClientId?: string }) {
    if (options.clientSecret === undefined) {
      const identity = new ManagedIdentityCredential(options.managedIdentityClientId ? { clientId: options.managedIdentityClientId } : {});
      this.assertion = async () => (await identity.getToken(TOKEN_EXCHANGE_SCOPE)).token;
    }
  }

  async tokenFor(userToken: string, service: Service): Promise<string> {
    const tid = claimsOf(userToken).tid;
    if (typeof tid !== 'string' || tid === '') throw new Error('The sign-in token names no tenant.');
    const common = { tenantId: tid, clientId: this.options.clientId, userAssertionToken: userToken };
    const credential = this.assertion
      ? new OnBehalfOfCredential({ ...common, getAssertion: this.assertion })
      : new OnBehalfOfCredential({ ...common, clientSecret: this.options.clientSecret! });
    try {
      const token = await credential.getToken(SERVICE_SCOPES[service]);
      return token.token;
    } catch (error) {
      if (entraAsksMfa(error)) throw new MfaRequiredError();
      throw new Error(`The on-behalf-of exchange for ${service} was refused.`, { cause: error });
    }
  }
}
