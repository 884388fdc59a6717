// The bot's own credential for Partner Center and Graph in the background (an event's audit record,
// a case's status, registering the webhook): no partner is signed in then. An app registration in
// the partner's tenant (FOLLOW_UP_APP_ID) trusts the bot's managed identity through a federated
// identity credential, so the app's client assertion is the managed identity's token for
// api://AzureADTokenExchange and no secret exists anywhere (workload identity federation).
// @azure/identity is loaded on first use only: start-up does not pay for it.
import type { TokenCredential } from '@azure/identity';
import type { FollowUpSettings } from '../../config/followUps';
import type { TokenSource } from './call';

export type AppResource = 'partnerCenter' | 'graph';

/** The application permissions' scope of each service (the app's consented permissions). */
export const APP_SCOPES: Readonly<Record<AppResource, string>> = {
  partnerCenter: 'https://api.partnercenter.microsoft.com/.default',
  graph: 'https://graph.microsoft.com/.default',
};

/** The audience of a managed identity's token that a federated identity credential accepts. */
const TOKEN_EXCHANGE_SCOPE = 'api://AzureADTokenExchange/.default';

export interface AppTokens {
  /** A token for the service, or undefined when it cannot be had (logged by the caller, never the token). */
  token(resource: AppResource): Promise<string | undefined>;
}

/** Tokens from any credential (the app's, or an admin's own sign-in at a laptop: the registration command). */
export class CredentialTokens implements AppTokens {
  constructor(private readonly credential: TokenCredential) {}

  async token(resource: AppResource): Promise<string | undefined> {
    try {
      return (await this.credential.getToken(APP_SCOPES[resource]))?.token;
    } catch {
      // The reason may quote the request; the caller says which service had no token.
      return undefined;
    }
  }
}

type Identity = typeof import('@azure/identity');

/**
 * The follow-up app's tokens through the managed identity, or undefined when FOLLOW_UP_APP_ID is not
 * set (then nothing is read in the background: events are still verified and answered).
 */
export function followUpAppTokens(settings: FollowUpSettings, managedIdentityClientId?: string): AppTokens | undefined {
  const { appId, partnerTenantId } = settings;
  if (!appId || !partnerTenantId) return undefined;
  let credential: TokenCredential | undefined;
  const make = (): TokenCredential => {
    const identity = require('@azure/identity') as Identity;
    const managed = new identity.ManagedIdentityCredential(managedIdentityClientId ? { clientId: managedIdentityClientId } : {});
    return new identity.ClientAssertionCredential(partnerTenantId, appId, async () => (await managed.getToken(TOKEN_EXCHANGE_SCOPE)).token);
  };
  return {
    token: (resource) => new CredentialTokens((credential ??= make())).token(resource),
  };
}

/** AppTokens as the TokenSource a service call asks (callService): no token is a refused call. */
export function tokenSourceOf(tokens: AppTokens): TokenSource {
  return {
    getToken: async (resource) => {
      const token = await tokens.token(resource);
      if (token === undefined) throw new Error(`No ${resource} token for the follow-up app.`);
      return token;
    },
  };
}
