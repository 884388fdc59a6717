// Following a partner's case after the action: the background credential (an app in the partner's
// own tenant, reached through the managed identity, so no secret), how old a Partner Center event
// may be, where its signing certificate may come from, and how hard the poller may ask.
import { ConfigError, Env, GUID, integer, text } from './env';

export interface FollowUpSettings {
  /** FOLLOW_UP_APP_ID: the partner tenant's app the bot reads Partner Center and Graph as, in the background. */
  appId?: string;
  /** PARTNER_TENANT_ID: the partner's Microsoft Entra tenant, where that app lives. */
  partnerTenantId?: string;
  /** An event whose ResourceChangeUtcDate is older than this (or as far in the future) is refused. */
  eventMaxAgeMinutes: number;
  /** Hosts the events' signing certificate may be downloaded from (https, path /cert/*.cer). */
  certificateHosts: string[];
  /**
   * PARTNER_CENTER_EVENT_ROOTS: SHA-256 fingerprints of the only roots an event's certificate may
   * chain to (Microsoft says "chains to the Microsoft Root"); empty: any root Node trusts.
   */
  rootFingerprints: string[];
  /**
   * This deployment's webhook callback, to compare Partner Center's registration with at start-up:
   * PARTNER_CENTER_EVENTS_URL, else https://<WEBSITE_HOSTNAME>/api/partnercenter/events on App Service.
   */
  callbackUrl?: string;
  /** Status reads the poller makes in a minute, at most. */
  pollsPerMinute: number;
  /** How often an open case is looked at again. */
  pollSeconds: number;
  /** Open cases one person may have at once (FOLLOW_UP_MAX_OPEN_PER_USER): one more is refused before anything is called. */
  maxOpenPerUser: number;
}

/** Where Partner Center's events name their certificate (the x-ms-certificate-url header). */
export const DEFAULT_CERTIFICATE_HOSTS: readonly string[] = ['3psostorageacct.blob.core.windows.net'];

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

function certificateHosts(env: Env): string[] {
  const items = text(env, 'PARTNER_CENTER_EVENT_CERT_HOSTS')
    .split(/[\s,;]+/)
    .filter((h) => h !== '')
    .map((h) => h.toLowerCase());
  if (items.length === 0) return [...DEFAULT_CERTIFICATE_HOSTS];
  const bad = items.find((h) => !HOST_NAME.test(h));
  if (bad !== undefined) {
    throw new ConfigError(
      `PARTNER_CENTER_EVENT_CERT_HOSTS must be a comma-separated list of host names, without scheme, port or path (got "${bad.slice(0, 60)}").`,
    );
  }
  return [...new Set(items)];
}

const FINGERPRINT = /^[0-9A-F]{64}$/;

/** Fingerprints as Node writes them (upper case, colon-separated), from hex with or without colons. */
function rootFingerprints(env: Env): string[] {
  const items = text(env, 'PARTNER_CENTER_EVENT_ROOTS')
    .split(/[\s,;]+/)
    .filter((f) => f !== '')
    .map((f) => f.replace(/:/g, '').toUpperCase());
  const bad = items.find((f) => !FINGERPRINT.test(f));
  if (bad !== undefined) throw new ConfigError('PARTNER_CENTER_EVENT_ROOTS must list SHA-256 fingerprints of root certificates (64 hex digits each).');
  return [...new Set(items.map((f) => f.match(/../g)!.join(':')))];
}

function eventsCallback(env: Env): string | undefined {
  const given = text(env, 'PARTNER_CENTER_EVENTS_URL');
  if (given !== '') {
    if (!URL.canParse(given) || !given.startsWith('https://'))
      throw new ConfigError('PARTNER_CENTER_EVENTS_URL must be the https callback, https://<host>/api/partnercenter/events.');
    return given;
  }
  const host = text(env, 'WEBSITE_HOSTNAME');
  return HOST_NAME.test(host.toLowerCase()) ? `https://${host.toLowerCase()}/api/partnercenter/events` : undefined;
}

export function followUpSettings(env: Env): FollowUpSettings {
  const appId = text(env, 'FOLLOW_UP_APP_ID');
  const partnerTenantId = text(env, 'PARTNER_TENANT_ID');
  if ((appId === '') !== (partnerTenantId === '')) {
    throw new ConfigError('Set FOLLOW_UP_APP_ID and PARTNER_TENANT_ID together (the app and the partner tenant it lives in), or neither.');
  }
  if (appId !== '' && !GUID.test(appId)) throw new ConfigError('FOLLOW_UP_APP_ID must be the client id (GUID) of the app registration in the partner tenant.');
  if (partnerTenantId !== '' && !GUID.test(partnerTenantId))
    throw new ConfigError("PARTNER_TENANT_ID must be the partner's Microsoft Entra tenant id (a GUID).");
  const callbackUrl = eventsCallback(env);
  return {
    ...(appId !== '' ? { appId: appId.toLowerCase(), partnerTenantId: partnerTenantId.toLowerCase() } : {}),
    ...(callbackUrl ? { callbackUrl } : {}),
    eventMaxAgeMinutes: integer(env, 'PARTNER_CENTER_EVENT_MAX_AGE_MINUTES', 2880, 1, 525_600),
    certificateHosts: certificateHosts(env),
    rootFingerprints: rootFingerprints(env),
    pollsPerMinute: integer(env, 'FOLLOW_UP_POLLS_PER_MINUTE', 60, 1, 6000),
    pollSeconds: integer(env, 'FOLLOW_UP_POLL_SECONDS', 300, 1, 86_400),
    maxOpenPerUser: integer(env, 'FOLLOW_UP_MAX_OPEN_PER_USER', 50, 1, 500),
  };
}

/** How often open cases and kept events are looked at: seconds in the demonstration (its own pace), so a newcomer sees the follow-up come. */
export function followUpPollMs(demonstration: boolean, pollSeconds: number, demoPollMs: number): number {
  return demonstration ? demoPollMs : pollSeconds * 1000;
}

/** Where the demonstration's stand-ins post Partner Center's events: this listener, by the host it listens on (an IPv6 address in brackets). */
export function demoEventsUrl(host: string, port: number, path: string): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}${path}`;
}
