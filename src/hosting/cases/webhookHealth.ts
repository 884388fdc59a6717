// Whether Partner Center's webhook registration points at this bot. Partner Center keeps one
// registration per partner tenant ("Returns the Webhooks event registration for a tenant",
// partner-center-webhooks), and another tool's save takes it over silently: the follow-ups then go
// quiet. At start-up, with the follow-up app's credential only, the registration is read (GET,
// never written); a registration that points elsewhere, is missing, or lacks the bot's events is
// logged as a warning and shown on /readyz. Never fatal: a failed read is reported as unknown.
import { randomUUID } from 'crypto';
import { healthLine, WebhookHealth } from '../../domain/webhookRegistration';
import { webhookRegistrationPlan } from '../../protocols/partnerCenter/requests';
import type { Logger } from '../logging/logger';
import { AppTokens, tokenSourceOf } from '../microsoftApis/appTokens';
import { runPlan } from '../microsoftApis/call';

export interface WebhookHealthOptions {
  tokens: AppTokens;
  /** Partner Center's address (its stand-in's in the demonstration). */
  baseUrl: string;
  /** This deployment's callback, https://<host>/api/partnercenter/events. */
  callbackUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Reads the registration and compares it with this deployment's callback and events (webhookRegistrationPlan). Never rejects. */
export async function checkWebhookRegistration(options: WebhookHealthOptions): Promise<WebhookHealth> {
  const service = {
    baseUrl: options.baseUrl,
    tokens: tokenSourceOf(options.tokens),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  };
  const plan = webhookRegistrationPlan(options.callbackUrl, { correlationId: randomUUID(), requestId: randomUUID() });
  const read = await runPlan('partnerCenter', service, plan).catch((): undefined => undefined);
  return read?.ok ? read.value : { status: 'unknown', reason: 'failed' };
}

/** The start-up line for a health result: a warning unless the registration is this bot's. */
export function logWebhookHealth(logger: Logger, health: WebhookHealth, callbackUrl: string): void {
  const line = healthLine(health);
  logger[line.level]({ ...health, callbackUrl }, line.message);
}
