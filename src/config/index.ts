// Configuration from the environment, checked once at start-up. A problem stops the process with
// one line that names the setting; secrets are never echoed.
import { Cloud, CLOUDS } from '../domain/questions';
import { DEFAULT_EDITION, EDITIONS, EditionId } from '../domain/editions';
import { parseWebChatSettings, WebChatSettings } from './webChatSettings';
import { ConfigError, Env, GUID, flag, hostList, integer, isLoopbackHost, oneOf, tenantList, text } from './env';
import { partnerActionsSettings } from './partnerActions';
import { FollowUpSettings, followUpSettings } from './followUps';

export { ConfigError, isLoopbackHost } from './env';

/** Bounds on the listener's connections (applied by http/connectionLimits.ts). */
export interface ConnectionLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
  /** Connections one client address (an IPv6 /64) may hold open at once; at most maxConnections. */
  maxConnectionsPerClient: number;
  /** Idle kept-alive connections one client address may hold; at most maxConnectionsPerClient. */
  maxIdleConnectionsPerClient: number;
  /** An answer whose bytes the client stops taking for this long is cut, its connection closed (a slow reader). */
  responseWriteTimeoutMs: number;
}

/**
 * A request's headers must arrive within headersTimeoutMs and the whole request, body included,
 * within requestTimeoutMs (Node answers 408 and closes the connection; the bot's own answering
 * time does not count); a connection that never sends a request is closed after the headers
 * timeout too. keepAliveTimeoutMs is longer than the front end keeps idle connections (Azure's
 * load balancer: 4 minutes), so it is always the front end that closes one, never the bot under a
 * request the front end just sent.
 */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 250_000,
  maxConnections: 1_000,
  // A channel or proxy keeps a connection per request in flight: an idle share below its bursts
  // costs it a new connection per burst (the benchmark's p99). The open share leaves room above
  // the idle one for clients that keep more connections than requests (Node's fetch).
  maxConnectionsPerClient: 200,
  maxIdleConnectionsPerClient: 100,
  responseWriteTimeoutMs: 15_000,
};

/** The development-only switch that lets a bot without a registration listen beyond loopback. */
export const ANONYMOUS_ON_NETWORK_DEV_ONLY = 'ANONYMOUS_ON_NETWORK_DEV_ONLY';

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
export type StorageKind = 'memory' | 'blob';

export interface AppConfig {
  port: number;
  host: string;
  /** Empty when the bot runs without a Bot Framework registration (local, Playground, tests). */
  appId: string;
  appPassword: string;
  appType: AppType;
  tenantId: string;
  /** PRESET_CLOUD: the cloud every case starts with (never asked); undefined: asked. */
  presetCloud: Cloud | undefined;
  /** The edition of Microsoft's policy every surface answers from (POLICY_EDITION; unset: the one in force). */
  policyEdition: EditionId;
  /** The partner's own guidance beside Microsoft's (CONTENT_OVERLAY: a directory or a file), checked at start-up. */
  contentOverlay: string | undefined;
  /** Rows last reviewed longer ago than this many days are due for review (POLICY_REVIEW_MAX_AGE_DAYS). */
  policyReviewMaxAgeDays: number;
  storage: StorageKind;
  blobConnectionString: string;
  /** https://<account>.blob.core.windows.net: blob state with a managed identity instead of a key. */
  blobAccountUrl: string | undefined;
  /** The user-assigned managed identity to use (DefaultAzureCredential's managedIdentityClientId). */
  azureClientId: string | undefined;
  blobContainer: string;
  /** Longest single blob request before it is abandoned (and retried, at most twice). */
  blobRequestTimeoutMs: number;
  maxBodyBytes: number;
  logLevel: string;
  /** Log output waiting for a slow stdout beyond this many bytes is dropped (and counted). */
  logBufferBytes: number;
  /** Entra tenant ids (lower case) whose users may talk to the bot; empty = any tenant. */
  allowedTenants: string[];
  /** Longest wait for turns in flight on SIGTERM before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** The Web Chat page, its token endpoint and the local Direct Line (see webChatSettings.ts). */
  webChat: WebChatSettings;
  /** Timeouts and the connection cap of the listener (http/connectionLimits.ts). */
  connections: ConnectionLimits;
  /** Bounds of the in-memory state (STORAGE=memory): entries idle longer, or beyond the count or the bytes, are forgotten. */
  memoryState: { maxEntries: number; idleMinutes: number; maxBytes: number };
  /** Bytes one state entry may have, in memory or Blob (STATE_MAX_ENTRY_BYTES); a larger write fails its turn. */
  stateMaxEntryBytes: number;
  /** Development only: no registration, yet listening beyond loopback (warned about at start-up). */
  anonymousOnNetwork: boolean;
  /**
   * Host names (lower case, IPv6 without brackets) requests may be addressed to besides loopback
   * (ALLOWED_HOSTS; protocols/http/hosts.ts). Checked always without a registration, with one only when set.
   */
  allowedHosts: string[] | undefined;
  /** Partner Center actions after a verdict, and the sign-in they need; undefined: results offer none. */
  partnerActions: PartnerActionsSettings | undefined;
  /** Following a case after its action: Partner Center's events and the background credential (followUps.ts). */
  followUps: FollowUpSettings;
}

/**
 * `oauth`: the Azure Bot's OAuth connection (OAUTH_CONNECTION_NAME) signs partners in through the
 * sign-in app (SSO_APP_ID), whose token the bot exchanges on the partner's behalf for Partner
 * Center's and Graph's; SSO_CLIENT_SECRET only outside Azure (in Azure, the managed identity is the
 * sign-in app's federated credential). `demo`: the local stand-ins (PARTNER_ACTIONS_DEMO), never
 * with a registration.
 */
export type PartnerActionsSettings = { mode: 'oauth'; connectionName: string; ssoAppId: string; ssoClientSecret?: string } | { mode: 'demo' };

/** Blob state needs exactly one way in: a connection string (key, Azurite) or an account URL (managed identity). */
function checkBlobTarget(connectionString: string, accountUrl: string): void {
  if (connectionString === '' && accountUrl === '') {
    throw new ConfigError('STORAGE is blob but neither BLOB_ACCOUNT_URL (managed identity) nor BLOB_CONNECTION_STRING is set: set one.');
  }
  if (connectionString !== '' && accountUrl !== '') throw new ConfigError('Set BLOB_ACCOUNT_URL or BLOB_CONNECTION_STRING, not both.');
  if (accountUrl === '') return;
  let url: URL | undefined;
  try {
    url = new URL(accountUrl);
  } catch {
    url = undefined;
  }
  // A token travels with every request: https only, and no SAS or user info (those are keys).
  if (!url || url.protocol !== 'https:' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigError('BLOB_ACCOUNT_URL must be the https address of the storage account (https://<account>.blob.core.windows.net), without a query.');
  }
}

export function loadConfig(env: Env = process.env): AppConfig {
  const appId = text(env, 'MicrosoftAppId');
  const appPassword = text(env, 'MicrosoftAppPassword');
  // No default for a registration: new Azure Bots are single-tenant or managed identity (new
  // multi-tenant ones can no longer be created), and a wrong guess only fails at the first message.
  const appType = oneOf(env, 'MicrosoftAppType', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const, appId === '' ? 'MultiTenant' : undefined);
  const tenantId = text(env, 'MicrosoftAppTenantId');

  if (appId !== '' && !GUID.test(appId)) throw new ConfigError("MicrosoftAppId must be the GUID of the bot's app registration.");
  if (appType === undefined) {
    throw new ConfigError(
      'MicrosoftAppId is set but MicrosoftAppType is empty: set SingleTenant or UserAssignedMSI (with MicrosoftAppTenantId), as the Azure Bot was created.',
    );
  }
  if (appId === '' && appPassword !== '') throw new ConfigError('MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for local use.');
  if (appId !== '' && appType !== 'UserAssignedMSI' && appPassword === '') {
    throw new ConfigError(`MicrosoftAppId is set but MicrosoftAppPassword is empty: a ${appType} registration needs its client secret.`);
  }
  if (appId !== '' && appType !== 'MultiTenant' && !GUID.test(tenantId)) {
    throw new ConfigError(`MicrosoftAppTenantId must be the tenant GUID for a ${appType} registration.`);
  }
  if (appId === '' && appType !== 'MultiTenant') throw new ConfigError(`MicrosoftAppType is ${appType} but MicrosoftAppId is empty.`);

  const storage = oneOf(env, 'STORAGE', ['memory', 'blob'] as const, 'memory')!;
  const blobConnectionString = text(env, 'BLOB_CONNECTION_STRING');
  const blobContainer = text(env, 'BLOB_CONTAINER', 'advisor-state');
  const blobAccountUrl = text(env, 'BLOB_ACCOUNT_URL');
  const azureClientId = text(env, 'AZURE_CLIENT_ID');
  if (storage === 'blob') checkBlobTarget(blobConnectionString, blobAccountUrl);
  if (azureClientId !== '' && !GUID.test(azureClientId))
    throw new ConfigError('AZURE_CLIENT_ID must be the client id (GUID) of a user-assigned managed identity.');
  if (storage === 'blob' && !/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(blobContainer)) {
    throw new ConfigError('BLOB_CONTAINER must be a valid container name (3-63 lower-case letters, digits and single hyphens).');
  }

  // Without a registration the bot accepts unauthenticated requests: keep it on loopback then,
  // unless a setting nobody sets by accident asks otherwise (a container sets HOST=0.0.0.0 and
  // would otherwise serve an anonymous bot on every interface when its registration is missing).
  const host = text(env, 'HOST', appId === '' ? '127.0.0.1' : '0.0.0.0') || (appId === '' ? '127.0.0.1' : '0.0.0.0');
  const anonymousOnNetwork = flag(env, ANONYMOUS_ON_NETWORK_DEV_ONLY);
  if (appId === '' && !isLoopbackHost(host) && !anonymousOnNetwork) {
    throw new ConfigError(
      `HOST is ${host.slice(0, 40)} but MicrosoftAppId is empty: without a registration the bot is anonymous and listens on loopback only. Set MicrosoftAppId, MicrosoftAppType and MicrosoftAppTenantId (and MicrosoftAppPassword unless UserAssignedMSI), or HOST=127.0.0.1 (${ANONYMOUS_ON_NETWORK_DEV_ONLY}=true only for a development network).`,
    );
  }

  const requestTimeoutMs = integer(env, 'HTTP_REQUEST_TIMEOUT_MS', DEFAULT_CONNECTION_LIMITS.requestTimeoutMs, 100, 600_000);
  const headersTimeoutMs = integer(env, 'HTTP_HEADERS_TIMEOUT_MS', Math.min(DEFAULT_CONNECTION_LIMITS.headersTimeoutMs, requestTimeoutMs), 100, 600_000);
  if (headersTimeoutMs > requestTimeoutMs) throw new ConfigError('HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS.');

  const maxConnections = integer(env, 'HTTP_MAX_CONNECTIONS', DEFAULT_CONNECTION_LIMITS.maxConnections, 1, 1_000_000);
  // Per client address, well below the global cap: one client cannot hold them all. Their defaults
  // follow a lower global cap; a setting above its bound is an error.
  const maxConnectionsPerClient = integer(
    env,
    'HTTP_MAX_CONNECTIONS_PER_CLIENT',
    Math.min(DEFAULT_CONNECTION_LIMITS.maxConnectionsPerClient, maxConnections),
    1,
    1_000_000,
  );
  if (maxConnectionsPerClient > maxConnections) throw new ConfigError('HTTP_MAX_CONNECTIONS_PER_CLIENT must not be more than HTTP_MAX_CONNECTIONS.');
  const maxIdleConnectionsPerClient = integer(
    env,
    'HTTP_MAX_IDLE_CONNECTIONS_PER_CLIENT',
    Math.min(DEFAULT_CONNECTION_LIMITS.maxIdleConnectionsPerClient, maxConnectionsPerClient),
    0,
    1_000_000,
  );
  if (maxIdleConnectionsPerClient > maxConnectionsPerClient) {
    throw new ConfigError('HTTP_MAX_IDLE_CONNECTIONS_PER_CLIENT must not be more than HTTP_MAX_CONNECTIONS_PER_CLIENT.');
  }
  const allowedHosts = hostList(env, 'ALLOWED_HOSTS');
  // State in bytes: one entry (a conversation keeps about 0.5 KB) and, in memory, all of them.
  const stateMaxEntryBytes = integer(env, 'STATE_MAX_ENTRY_BYTES', 256 * 1024, 4 * 1024, 64 * 1024 * 1024);
  const memoryStateMaxBytes = integer(env, 'MEMORY_STATE_MAX_BYTES', 64 * 1024 * 1024, 1024 * 1024, 16 * 1024 * 1024 * 1024);
  if (stateMaxEntryBytes > memoryStateMaxBytes) throw new ConfigError('STATE_MAX_ENTRY_BYTES must not be more than MEMORY_STATE_MAX_BYTES.');

  const presetCloud = oneOf(env, 'PRESET_CLOUD', CLOUDS, undefined);
  const policyEdition = oneOf(env, 'POLICY_EDITION', EDITIONS, DEFAULT_EDITION)!;
  const contentOverlay = text(env, 'CONTENT_OVERLAY');
  const partnerActions = partnerActionsSettings(env, appId, host);
  return {
    // 0 asks the OS for a free port (tests, side-by-side instances).
    port: integer(env, 'PORT', 3978, 0, 65535),
    host,
    anonymousOnNetwork: anonymousOnNetwork && appId === '',
    appId,
    appPassword,
    appType,
    tenantId,
    presetCloud,
    policyEdition,
    contentOverlay: contentOverlay !== '' ? contentOverlay : undefined,
    policyReviewMaxAgeDays: integer(env, 'POLICY_REVIEW_MAX_AGE_DAYS', 365, 1, 36_500),
    storage,
    blobConnectionString,
    blobAccountUrl: blobAccountUrl !== '' ? blobAccountUrl : undefined,
    azureClientId: azureClientId !== '' ? azureClientId : undefined,
    blobContainer,
    blobRequestTimeoutMs: integer(env, 'BLOB_REQUEST_TIMEOUT_MS', 5_000, 100, 60_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024, 1024, 10 * 1024 * 1024),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info')!,
    logBufferBytes: integer(env, 'LOG_BUFFER_BYTES', 1024 * 1024, 16 * 1024, 64 * 1024 * 1024),
    allowedTenants: tenantList(env, 'ALLOWED_TENANTS'),
    allowedHosts: allowedHosts.length > 0 ? allowedHosts : undefined,
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 100, 120_000),
    connections: {
      headersTimeoutMs,
      requestTimeoutMs,
      keepAliveTimeoutMs: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', DEFAULT_CONNECTION_LIMITS.keepAliveTimeoutMs, 1_000, 3_600_000),
      maxConnections,
      maxConnectionsPerClient,
      maxIdleConnectionsPerClient,
      responseWriteTimeoutMs: integer(env, 'HTTP_RESPONSE_WRITE_TIMEOUT_MS', DEFAULT_CONNECTION_LIMITS.responseWriteTimeoutMs, 100, 600_000),
    },
    memoryState: {
      maxEntries: integer(env, 'MEMORY_STATE_MAX_ENTRIES', 20_000, 100, 10_000_000),
      idleMinutes: integer(env, 'MEMORY_STATE_IDLE_MINUTES', 1_440, 1, 525_600),
      maxBytes: memoryStateMaxBytes,
    },
    stateMaxEntryBytes,
    webChat: parseWebChatSettings(env, (message) => {
      throw new ConfigError(message);
    }),
    partnerActions,
    followUps: followUpSettings(env),
  };
}

/** The settings ConfigurationBotFrameworkAuthentication reads, under the names it expects. */
export function botFrameworkSettings(config: AppConfig): Record<string, string> {
  return {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId,
  };
}
