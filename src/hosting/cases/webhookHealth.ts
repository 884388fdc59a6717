// Whether Partner Center's webhook registration points at this bot. Partner Center keeps one
// registration per partner tenant ("Returns the Webhooks event registration for a tenant",
// partner-center-webhooks), and another tool's save takes it over silently: the follow-ups then go
// quiet. At start-up, with the follow-up app's credential only, the registration is read (GET,
// never written); a registration that points elsewhere, is missing, or lacks the bot's events is
// logged as a warning and shown on /readyz. Never fatal: a failed read is reported as unknown.
import { randomUUID } from 'crypto';
import { REGISTERED_EVENTS } from '../../domain/partnerCenterEvents';
import type { Logger } from '../logging/logger';
import { AppTokens, tokenSourceOf } from '../partnerCenter/appTokens';
import { callService } from '../partnerCenter/call';

export type WebhookHealth =
  | { status: 'registered' }
  | { status: 'elsewhere'; registeredUrl: string }
  | { status: 'missingEvents'; missing: string[] }
  | { status: 'notRegistered' }
  | { status: 'unknown'; reason: string };

export interface WebhookHealthOptions {
  tokens: AppTokens;
  /** Partner Center's address (its stand-in's in the demonstration). */
  baseUrl: string;
  /** This deployment's callback, https://<host>/api/partnercenter/events. */
  callbackUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const same = (a: string, b: string): boolean =>
  URL.canParse(a) && URL.canParse(b) ? new URL(a).href.replace(/\/+$/, '') === new URL(b).href.replace(/\/+$/, '') : a === b;

/** Reads the registration and compares it with this deployment's callback and events. Never rejects. */
export async function checkWebhookRegistration(options: WebhookHealthOptions): Promise<WebhookHealth> {
  const result = await callService(
    'partnerCenter',
    {
      baseUrl: options.baseUrl,
      tokens: tokenSourceOf(options.tokens),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    },
    {
      method: 'GET',
      path: '/webhooks/v1/registration',
      headers: { 'MS-Contract-Version': 'v1', 'MS-CorrelationId': randomUUID(), 'MS-RequestId': randomUUID() },
    },
  ).catch((): undefined => undefined);
  if (!result) return { status: 'unknown', reason: 'failed' };
  if (!result.ok) return result.failure.kind === 'notFound' ? { status: 'notRegistered' } : { status: 'unknown', reason: result.failure.kind };
  const json = (typeof result.value.json === 'object' && result.value.json !== null ? result.value.json : {}) as Record<string, unknown>;
  const url = json.webhookUrl ?? json.WebhookUrl;
  const events = json.webhookEvents ?? json.WebhookEvents;
  if (typeof url !== 'string') return { status: 'notRegistered' };
  if (!same(url, options.callbackUrl)) return { status: 'elsewhere', registeredUrl: url.slice(0, 300) };
  const names = Array.isArray(events) ? events : [];
  const missing = REGISTERED_EVENTS.filter((e) => !names.includes(e));
  return missing.length > 0 ? { status: 'missingEvents', missing } : { status: 'registered' };
}

/** The start-up line for a health result: a warning unless the registration is this bot's. */
export function logWebhookHealth(logger: Logger, health: WebhookHealth, callbackUrl: string): void {
  const fields = { ...health, callbackUrl };
  if (health.status === 'registered') logger.info(fields, "Partner Center's webhook registration points at this bot");
  else if (health.status === 'elsewhere')
    logger.warn(
      fields,
      "Partner Center's webhook registration points at another URL: this bot gets no events (polling only). One URL per partner tenant: relay between the two, or npm run webhooks -- register <callback> --replace-url",
    );
  else if (health.status === 'missingEvents')
    logger.warn(fields, "Partner Center's webhook registration lacks some of the bot's events: npm run webhooks -- register <callback> adds them");
  else if (health.status === 'notRegistered') logger.warn(fields, 'No Partner Center webhook registration: npm run webhooks -- register <callback>');
  else logger.warn(fields, "Partner Center's webhook registration could not be read (events may still come)");
}
