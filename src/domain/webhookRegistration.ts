// Whether Partner Center's webhook registration points at this bot: the comparison behind the
// start-up health check. Partner Center keeps one registration per partner tenant, and another
// tool's save takes it over silently. Pure: hosting reads the registration (GET, never written)
// and logs the line this module picks.
import { REGISTERED_EVENTS } from './partnerCenterEvents';

export type WebhookHealth =
  | { status: 'registered' }
  | { status: 'elsewhere'; registeredUrl: string }
  | { status: 'missingEvents'; missing: string[] }
  | { status: 'notRegistered' }
  | { status: 'unknown'; reason: string };

/** Two callback URLs are the same once parsed, whatever trailing slashes; unparseable ones only when equal as text. */
export function sameUrl(a: string, b: string): boolean {
  return URL.canParse(a) && URL.canParse(b) ? new URL(a).href.replace(/\/+$/, '') === new URL(b).href.replace(/\/+$/, '') : a === b;
}

/** A failed read: "not found" means no registration; anything else leaves it unknown. */
export const failedReadHealth = (failureKind: string): WebhookHealth =>
  failureKind === 'notFound' ? { status: 'notRegistered' } : { status: 'unknown', reason: failureKind };

/**
 * The registration Partner Center returned (`webhookUrl` and `webhookEvents`, either casing),
 * compared with this deployment's callback and the events it needs. No URL: not registered.
 */
export function registrationHealth(registration: unknown, callbackUrl: string, needed: readonly string[] = REGISTERED_EVENTS): WebhookHealth {
  const json = typeof registration === 'object' && registration !== null ? (registration as Record<string, unknown>) : {};
  const url = json.webhookUrl ?? json.WebhookUrl;
  const events = json.webhookEvents ?? json.WebhookEvents;
  if (typeof url !== 'string') return { status: 'notRegistered' };
  if (!sameUrl(url, callbackUrl)) return { status: 'elsewhere', registeredUrl: url.slice(0, 300) };
  const names: unknown[] = Array.isArray(events) ? events : [];
  const missing = needed.filter((e) => !names.includes(e));
  return missing.length > 0 ? { status: 'missingEvents', missing } : { status: 'registered' };
}

/** The start-up line for a result: a warning unless the registration is this bot's. */
export function healthLine(health: WebhookHealth): { level: 'info' | 'warn'; message: string } {
  switch (health.status) {
    case 'registered':
      return { level: 'info', message: "Partner Center's webhook registration points at this bot" };
    case 'elsewhere':
      return {
        level: 'warn',
        message:
          "Partner Center's webhook registration points at another URL: this bot gets no events (polling only). One URL per partner tenant: relay between the two, or npm run webhooks -- register <callback> --replace-url",
      };
    case 'missingEvents':
      return {
        level: 'warn',
        message: "Partner Center's webhook registration lacks some of the bot's events: npm run webhooks -- register <callback> adds them",
      };
    case 'notRegistered':
      return { level: 'warn', message: 'No Partner Center webhook registration: npm run webhooks -- register <callback>' };
    case 'unknown':
      return { level: 'warn', message: "Partner Center's webhook registration could not be read (events may still come)" };
  }
}
