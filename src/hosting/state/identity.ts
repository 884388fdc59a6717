// The token credential blob state uses when it is given an account URL instead of a connection
// string: Azure deployments use a managed identity and keep account keys out of app settings.
import type { TokenCredential } from '@azure/identity';

export type { TokenCredential };

/**
 * DefaultAzureCredential: the managed identity in Azure (App Service, Container Apps, AKS
 * workload identity, VMs), a developer's `az login` elsewhere. `clientId` (AZURE_CLIENT_ID)
 * picks a user-assigned identity; without it the system-assigned one is used. Loaded only when
 * chosen, so the default in-memory and connection-string setups do not pay for @azure/identity.
 */
export function defaultStorageCredential(clientId?: string): TokenCredential {
  const { DefaultAzureCredential } = require('@azure/identity') as typeof import('@azure/identity');
  return new DefaultAzureCredential(clientId ? { managedIdentityClientId: clientId, workloadIdentityClientId: clientId } : {});
}

const CREDENTIAL_ERRORS = new Set(['CredentialUnavailableError', 'AuthenticationRequiredError', 'AuthenticationError', 'AggregateAuthenticationError']);

/** True when no token could be had at all (no identity here), as opposed to storage refusing one. */
export function isCredentialFailure(error: unknown): boolean {
  return error instanceof Error && CREDENTIAL_ERRORS.has(error.name);
}
