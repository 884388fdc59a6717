// What Partner Center's webhook route decides about a request, as its webhooks page says to check:
// from the headers alone, before a byte of the body (JSON in UTF-8, never compressed, within the
// size; the signature in `Authorization: Signature <base64>` or `x-ms-signature`, the certificate's
// URL, the algorithm rsa-sha256); how recent a verified event must be (one dated far ahead of this
// clock is refused, a late one is not: a replay of a genuine event changes nothing, delivery is
// once per id and per item); and what each outcome is answered. Pure: the route
// (src/hosting/cases/eventsRoute.ts) reads, verifies with node:crypto, keeps and answers.
import { createHash } from 'crypto';
import type { CertificateRefusal } from './eventCertificateRules';
import { headerProblem } from '../http/bodyHeaders';

export const EVENTS_PATH = '/api/partnercenter/events';
/** Partner Center's events are a few hundred bytes. */
export const MAX_EVENT_BYTES = 16 * 1024;
/** How far ahead of this clock an event may be dated (clocks differ a little, not by hours). */
export const FUTURE_SKEW_MS = 15 * 60 * 1000;
/** RSA signatures up to 8192-bit keys, in base64. */
const SIGNATURE = /^[A-Za-z0-9+/]{16,1400}={0,2}$/;
const MAX_URL = 2048;

export type EventRefusal =
  'unsigned' | 'no-certificate-url' | 'no-algorithm' | 'wrong-algorithm' | CertificateRefusal | 'bad-signature' | 'unreadable' | 'stale' | 'future';

/** A request's headers as Node gives them. */
export type EventHeaders = Record<string, string | string[] | undefined>;

/** What the headers say, before the body is read. */
export interface SignedRequest {
  signature: Buffer;
  certificateUrl: URL;
}

export type HeaderVerdict = { ok: true; request: SignedRequest } | { ok: false; reason: EventRefusal };

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/** The signature's base64 from either header, or undefined. */
function signatureOf(headers: EventHeaders): string | undefined {
  const authorization = single(headers.authorization);
  const match = authorization !== undefined ? /^Signature\s+(\S+)$/i.exec(authorization) : null;
  // With SignatureTokenToMsSignatureHeader set, Microsoft's sample reads x-ms-signature as
  // `Signature <base64>` (split on the space) too; a bare base64 value is still taken.
  const other = single(headers['x-ms-signature']);
  const text = match?.[1] ?? (other !== undefined ? (/^Signature\s+(\S+)$/i.exec(other)?.[1] ?? other) : undefined);
  return text !== undefined && SIGNATURE.test(text) ? text : undefined;
}

/** The headers' part of the check: present, and of the right form (no download, no body). */
export function readSignatureHeaders(headers: EventHeaders): HeaderVerdict {
  const signature = signatureOf(headers);
  if (!signature) return { ok: false, reason: 'unsigned' };
  const url = single(headers['x-ms-certificate-url']);
  if (url === undefined || url.length > MAX_URL || !URL.canParse(url)) return { ok: false, reason: 'no-certificate-url' };
  const algorithm = single(headers['x-ms-signature-algorithm']);
  if (algorithm === undefined || algorithm === '') return { ok: false, reason: 'no-algorithm' };
  if (algorithm.toLowerCase() !== 'rsa-sha256') return { ok: false, reason: 'wrong-algorithm' };
  return { ok: true, request: { signature: Buffer.from(signature, 'base64'), certificateUrl: new URL(url) } };
}

/** Whether a request is the webhook's, for the check made before the body is read: a POST to EVENTS_PATH, whatever its query. */
export const isEventsRequest = (method: string | undefined, url: string | undefined): boolean => method === 'POST' && (url ?? '').split('?')[0] === EVENTS_PATH;

/**
 * The body's bytes as the server's one body reader kept its text (UTF-8), at most MAX_EVENT_BYTES:
 * undefined beyond. No text kept is an empty body (which no signature verifies).
 */
export function eventBodyBytes(raw: unknown): Buffer | undefined {
  const bytes = Buffer.from(typeof raw === 'string' ? raw : '', 'utf8');
  return bytes.length > MAX_EVENT_BYTES ? undefined : bytes;
}

/** An event's id: the SHA-256 of its body as received, so a copy sent again is the same event. */
export const eventIdOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The media type and declared length, from the headers alone, as every JSON body of this server is
 * checked (http/bodyHeaders.ts): 415 unless JSON in UTF-8 and not compressed, 413 past the size.
 */
export function eventHeaderProblem(headers: EventHeaders): { status: 413 | 415; reason: 'not-json' | 'too-large' } | undefined {
  const problem = headerProblem(headers, MAX_EVENT_BYTES);
  if (!problem) return undefined;
  return problem.status === 413 ? { status: 413, reason: 'too-large' } : { status: 415, reason: 'not-json' };
}

/** The whole early check of the headers: a media or size problem first, then the signature's headers; undefined when the body may be read. */
export function earlyRefusal(headers: EventHeaders): { status: 401 | 413 | 415; reason: string } | undefined {
  const problem = eventHeaderProblem(headers);
  if (problem) return problem;
  const signed = readSignatureHeaders(headers);
  return signed.ok ? undefined : { status: 401, reason: signed.reason };
}

/** Why an event's date refuses it, or undefined when it is recent enough (an unreadable date is no date: it refuses nothing). */
export function freshness(changedAt: string, now: number, maxAgeMs: number): 'stale' | 'future' | undefined {
  const at = Date.parse(changedAt);
  if (now - at > maxAgeMs) return 'stale';
  if (at - now > FUTURE_SKEW_MS) return 'future';
  return undefined;
}

/**
 * A refusal's status: a certificate out of reach is worth a retry; a validly signed body that is no
 * event is Partner Center's own, so 200 (logged as refused) spares it nine useless retries (review
 * 2.2); anything else is not Partner Center's.
 */
export function refusalStatus(reason: EventRefusal): 401 | 200 | 503 {
  if (reason === 'certificate-unavailable') return 503;
  return reason === 'unreadable' ? 200 : 401;
}

/**
 * When a verified event could not be kept or delivered at once: only another instance reaches its
 * conversation (500, and this copy is dropped: Partner Center's next goes there), the inbox is
 * full, or the store failed (503: Partner Center sends it again).
 */
export function keepFailure(errorName: string, inboxFull: boolean): { status: 500 | 503; reason: 'deliver' | 'inbox-full' | 'storage'; drop: boolean } {
  if (errorName === 'ReachedElsewhereError') return { status: 500, reason: 'deliver', drop: true };
  return { status: 503, reason: inboxFull ? 'inbox-full' : 'storage', drop: false };
}

/** The JSON an answer carries: the outcome on a 200, else an error code and the reason. */
export function answerBody(status: number, outcome: string, reason?: string): Record<string, unknown> {
  if (status === 200) return { outcome };
  const code = status === 401 ? 'Unauthorized' : status === 413 ? 'PayloadTooLarge' : 'Failed';
  return { error: { code, ...(reason ? { reason } : {}) } };
}

/**
 * An answer as it is written: its JSON, never cached; `close` when the body was left unread (a
 * large rest after an early refusal, or one over the size), so the connection is not used again.
 */
export function eventAnswer(body: Record<string, unknown>, close = false): { text: string; headers: Record<string, string | number> } {
  const text = JSON.stringify(body);
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  };
  return { text, headers: close ? { ...headers, Connection: 'close' } : headers };
}

/** The JSON of an early refusal, answered before the body was read. */
export const earlyAnswerBody = (status: number, reason: string): Record<string, unknown> => ({
  error: { code: status === 401 ? 'Unauthorized' : 'BadRequest', reason },
});
