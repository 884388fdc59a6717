// POST /api/partnercenter/events: Partner Center's webhook. What a request goes through:
//   1. before the framework reads its body (a pre handler): JSON, at most MAX_EVENT_BYTES declared,
//      and the three signature headers present, else 415, 413 or 401 at once;
//   2. the body's bytes (the server's own reader, or read here within the limit);
//   3. the certificate trusted and the signature verified over those bytes, the event read (a late
//      one too: Partner Center's retries have no documented end; eventSignature.ts): else 401,
//      nothing else happens (503 when the certificate could not be downloaded, so Partner Center
//      tries again);
//   4. once only: the event's id is the SHA-256 of its body; one delivered already → 200; else it
//      is kept in the inbox (eventInbox.ts) before anything is answered (503 if the store fails);
//   5. delivered here at once, then 200; a delivery that fails leaves the event in the inbox, where
//      the lease holder tries it again later: it is kept, so 200 (500 only when another instance
//      alone reaches its conversation: the copy is dropped, and Partner Center's next goes there).
// What each step decides (the headers, the rest of a refused body, freshness, every answer) is
// pure: src/protocols/partnerCenterWebhook/eventRequests.ts; here the reading, the verifying, the keeping and the answering.
import type { ServerResponse } from 'http';
import { randomUUID } from 'crypto';
import * as restify from 'restify';
import type { AppConfig } from '../../config';
import type { Logger } from '../logging/logger';
import type { ConditionalStorage } from '../state/stateStorage';
import { recordPartnerCenterEvent } from '../telemetry/instruments';
import { withRequestSpan } from '../telemetry/turnSpans';
import { changeOf } from '../../domain/partnerCenterEvents';
import { EVENT_REFUSALS_LOGGED_PER_SECOND } from '../../domain/refusalLogRate';
import { RefusalLog } from '../logging/refusalLog';
import { refusalHeaders } from '../requestBody/drain';
import {
  answerBody,
  earlyAnswerBody,
  earlyRefusal,
  eventAnswer,
  eventBodyBytes,
  eventIdOf,
  EVENTS_PATH,
  isEventsRequest,
  keepFailure,
  MAX_EVENT_BYTES,
  readSignatureHeaders,
  refusalStatus,
} from '../../protocols/partnerCenterWebhook/eventRequests';
import { EventTrust, eventTrust, pinnedRoots } from './eventCertificates';
import { pinnedRootsMissing } from '../../protocols/partnerCenterWebhook/eventCertificateRules';
import { DeliverEvent, DeliverOutcome, EventInbox, InboxFullError } from './eventInbox';
import type { CaseStore } from './caseStore';
import { EventVerifier } from './eventSignature';

export { EVENTS_PATH, MAX_EVENT_BYTES } from '../../protocols/partnerCenterWebhook/eventRequests';
export type { DeliverEvent, DeliverOutcome } from './eventInbox';

export interface EventsRouteDeps {
  config: Pick<AppConfig, 'followUps'>;
  logger: Logger;
  storage: ConditionalStorage;
  deliver: DeliverEvent;
  /** The lease the inbox is delivered under (the case store's); the events route takes its own store's otherwise. */
  store: Pick<CaseStore, 'lease'>;
  instanceId?: string;
  /** What is trusted to sign events; Microsoft's certificate and Node's roots unless given (tests, demonstration). */
  trust?: EventTrust;
  now?: () => number;
}

type Outcome = DeliverOutcome | 'duplicate' | 'queued' | 'refused' | 'failed';

function answer(res: ServerResponse, status: number, body: Record<string, unknown>, close = false): void {
  const { text, headers } = eventAnswer(body, close);
  res.writeHead(status, headers);
  res.end(text);
}

/** Registers the route and its pre-body check; returns the verifier (tests look at nothing else). */
export function registerPartnerCenterEvents(server: restify.Server, deps: EventsRouteDeps): { verifier: EventVerifier; inbox: EventInbox } {
  const settings = deps.config.followUps;
  const logger = deps.logger.child({ component: 'partnerCenterEvents' });
  const now = deps.now ?? Date.now;
  const pinned = settings.rootFingerprints.length > 0 ? pinnedRoots(settings.rootFingerprints) : undefined;
  const missing = pinned && pinnedRootsMissing(settings.rootFingerprints.length, pinned.length);
  if (missing) logger.warn(missing, 'A root named in PARTNER_CENTER_EVENT_ROOTS is not in this Node: add it with NODE_EXTRA_CA_CERTS');
  const trust = deps.trust ?? eventTrust({ certificateHosts: settings.certificateHosts, ...(pinned ? { roots: () => pinned } : {}) });
  const verifier = new EventVerifier({ trust, maxAgeMinutes: settings.eventMaxAgeMinutes, now });
  const inbox = new EventInbox({
    storage: deps.storage,
    store: deps.store,
    deliver: deps.deliver,
    logger,
    instanceId: deps.instanceId ?? randomUUID(),
    now,
  });

  // Refusals without a valid signature can come in floods: a few lines a second, the rest counted.
  const refusals = new RefusalLog(logger, 'Partner Center event refused', EVENT_REFUSALS_LOGGED_PER_SECOND);
  const refused = (status: number, reason: string): void => {
    recordPartnerCenterEvent('refused', reason);
    refusals.warn({ status, reason });
  };

  server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
    if (!isEventsRequest(req.method, req.url)) return next();
    const refusal = earlyRefusal(req.headers);
    if (!refusal) return next();
    refused(refusal.status, refusal.reason);
    // The rest of the body through the one drain, on an event's budget (routeLimits.ts).
    const { text, headers } = eventAnswer(earlyAnswerBody(refusal.status, refusal.reason));
    res.writeHead(refusal.status, refusalHeaders(req, headers, MAX_EVENT_BYTES));
    res.end(text);
    return next(false);
  });

  const handle = async (req: restify.Request, res: restify.Response): Promise<number> => {
    const headers = readSignatureHeaders(req.headers);
    if (!headers.ok) return reply(res, 401, 'refused', headers.reason);
    // The server's one body reader (http/server.ts, jsonBodies) kept the text: no second reader here.
    const bytes = eventBodyBytes((req as unknown as { rawBody?: unknown }).rawBody);
    if (!bytes) {
      refused(413, 'too-large');
      answer(res, 413, answerBody(413, 'refused', 'too-large'), true);
      return 413;
    }
    const verdict = await verifier.verify(headers.request, bytes);
    if (!verdict.ok) return reply(res, refusalStatus(verdict.reason), 'refused', verdict.reason);
    const event = verdict.event;
    const id = eventIdOf(bytes);
    const fields = { event: event.name, change: changeOf(event.name) ?? 'none', id };
    if (verifier.freshness(event) === 'stale') logger.info(fields, 'A late Partner Center event: delivered all the same, once');
    let outcome: DeliverOutcome | 'duplicate' | 'queued';
    try {
      outcome = await inbox.receive(id, event);
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      const failed = keepFailure(name, error instanceof InboxFullError);
      // Only another instance reaches its conversation: this copy is dropped, Partner Center's next goes there.
      if (failed.drop) await inbox.drop(id).catch(() => undefined);
      logger.error({ ...fields, err: { name } }, `Partner Center event not ${failed.drop ? 'delivered' : 'kept'}: answered ${failed.status} for a retry`);
      return reply(res, failed.status, 'failed', failed.reason);
    }
    if (outcome === 'duplicate') {
      logger.info(fields, 'Partner Center event seen already: answered, not delivered again');
      return reply(res, 200, 'duplicate');
    }
    logger.info({ ...fields, outcome }, 'Partner Center event received');
    return reply(res, 200, outcome);
  };

  const reply = (res: restify.Response, status: number, outcome: Outcome, reason?: string): number => {
    if (outcome === 'refused') refused(status, reason ?? 'unknown');
    else recordPartnerCenterEvent(outcome, reason);
    answer(res, status, answerBody(status, outcome, reason));
    return status;
  };

  server.post(EVENTS_PATH, async (req: restify.Request, res: restify.Response) => {
    await withRequestSpan(`POST ${EVENTS_PATH}`, req.headers, () =>
      handle(req, res).catch((error: unknown) => {
        logger.error({ err: { name: error instanceof Error ? error.name : typeof error } }, 'Partner Center event failed');
        if (!res.headersSent) answer(res, 500, answerBody(500, 'failed'));
        return 500;
      }),
    );
  });
  return { verifier, inbox };
}
