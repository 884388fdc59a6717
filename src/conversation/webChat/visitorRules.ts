// The rules of a Web Chat visitor on the server: which activities are a visitor's, how long a
// visitor lasts (an absolute lifetime from the first visit, an idle time since the last token
// request, and never again once ended), how long one instance may take a live answer as still
// true, what a turn of an ended visitor gets, and the rules of the cookie that names it (read,
// made Secure or not, written). Pure: hosting keeps the records, the memo and the signing key.
import { isLoopbackHost } from '../../protocols/http/hosts';

export interface VisitorLimits {
  /** From the first visit: after this, the visitor ends however active. */
  lifetimeMs: number;
  /** Since the last token request: after this, the visitor ends. */
  idleMs: number;
}

/** With Partner Center actions (a sign-in and cases behind the visitor): a working day, and a long lunch. */
export const SIGNED_IN_LIMITS: VisitorLimits = { lifetimeMs: 12 * 3_600_000, idleMs: 4 * 3_600_000 };

/** Without Partner Center actions nothing is behind a visitor but their chat: a month, as the cookie. */
export const ANONYMOUS_LIMITS: VisitorLimits = { lifetimeMs: 30 * 86_400_000, idleMs: 30 * 86_400_000 };

/** How long a visitor lasts on the server: shorter where a partner signs in and has cases (docs/webchat.md). */
export function visitorLimits(partnerActions: boolean): VisitorLimits {
  return partnerActions ? SIGNED_IN_LIMITS : ANONYMOUS_LIMITS;
}

/**
 * The cookie's lifetime in days (0: until the browser closes): the setting, else with Partner
 * Center actions on, the browser's session, so a shared browser does not keep the last partner's
 * user (and sign-in) for the next one; a month otherwise.
 */
export function cookieDays(setting: number | undefined, partnerActions: boolean): number {
  return setting ?? (partnerActions ? 0 : 30);
}

/** The cookie over plain http at loopback (development), and elsewhere (the prefix binds it to this host, Secure and Path=/). */
export const VISITOR_COOKIE = 'advisor-visitor';
export const SECURE_VISITOR_COOKIE = `__Host-${VISITOR_COOKIE}`;

/** The cookie's value (after `name=`) from a Cookie header; the first of that name. */
export function readCookie(header: unknown, name: string): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (typeof text !== 'string' || text.length > 8192) return undefined;
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** What decides whether the cookie is Secure: how the request came. */
export interface RequestSecurity {
  /** TLS to this server. */
  encrypted: boolean;
  /** X-Forwarded-Proto, read only when `trustProxy`. */
  forwardedProto: string | string[] | undefined;
  trustProxy: boolean;
  /** The Host header. */
  host: unknown;
}

/**
 * Whether the cookie is Secure: the page was reached over https (TLS here, or a trusted proxy's
 * last X-Forwarded-Proto says so), or at any address but loopback, where plain http means a
 * proxy we were not told to trust. There a browser reached over http drops the cookie, and each
 * visit is a new user: the safe way to be wrong.
 */
export function secureCookie(request: RequestSecurity): boolean {
  if (request.encrypted) return true;
  if (request.trustProxy) {
    const header = request.forwardedProto;
    const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').pop();
    if (last?.trim().toLowerCase() === 'https') return true;
  }
  const host = typeof request.host === 'string' ? request.host.replace(/:\d+$/, '') : '';
  return !isLoopbackHost(host);
}

/** The Set-Cookie value: HttpOnly and SameSite=Strict always, Secure where `secure`, a Max-Age unless it ends with the browser. */
export function visitorCookie(name: string, value: string, secure: boolean, days: number): string {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (secure) parts.push('Secure');
  if (days > 0) parts.push(`Max-Age=${days * 86_400}`);
  return parts.join('; ');
}

/**
 * How long a live answer is kept in one instance. Every Web Chat turn asks whether its visitor
 * ended; asking the store each time would cost every turn a storage round trip (Blob). A sign-out
 * on another instance is seen here within this.
 */
export const LIVE_MEMO_MS = 30_000;

/** What the server keeps of a visitor: its first visit, its last token request, its end. */
export interface VisitorRecord {
  started: number;
  seen: number;
  ended?: number;
}

/** A visitor's Direct Line user id as the page's token exchange makes it. */
const VISITOR_USER_ID = /^dl_[A-Za-z0-9_-]{43}$/;

/** An activity of a Web Chat visitor: the page's Azure Direct Line, or the local one, from a `dl_` id this server made. */
export function isVisitorActivity<A extends { channelId?: string; from?: { id?: string } }>(activity: A): activity is A & { from: { id: string } } {
  const id = activity.from?.id;
  return (activity.channelId === 'webchat' || activity.channelId === 'directline') && typeof id === 'string' && VISITOR_USER_ID.test(id);
}

/** A stored record read back: numbers where numbers belong, else none. */
export function visitorRecordOf(state: Record<string, unknown> | undefined): VisitorRecord | undefined {
  if (!state || typeof state.started !== 'number' || typeof state.seen !== 'number') return undefined;
  return { started: state.started, seen: state.seen, ...(typeof state.ended === 'number' ? { ended: state.ended } : {}) };
}

/** Live: not ended, within its lifetime and its idle time. */
export function isLive(record: VisitorRecord, now: number, limits: VisitorLimits): boolean {
  return record.ended === undefined && now - record.started < limits.lifetimeMs && now - record.seen < limits.idleMs;
}

/** Until when one instance may take a live visitor as still live: the memo's time, and never past the visitor's own end. */
export function memoUntil(record: VisitorRecord, now: number, limits: VisitorLimits): number {
  return Math.min(now + LIVE_MEMO_MS, record.started + limits.lifetimeMs, record.seen + limits.idleMs);
}

/** What an ended visitor's turn gets: a message, one line to reload the page; an invoke, 403; anything else, nothing. */
export function endedVisitorAnswer(activityType: string | undefined): 'reloadLine' | 'forbidden' | 'nothing' {
  return activityType === 'message' ? 'reloadLine' : activityType === 'invoke' ? 'forbidden' : 'nothing';
}

/** The random part (24 bytes) and the MAC (SHA-256) of a cookie value this server signs, both base64url. */
const RANDOM_PART = /^[A-Za-z0-9_-]{32}$/;
const MAC_PART = /^[A-Za-z0-9_-]{43}$/;

/** A cookie value's random part and MAC, when it has the form this server gives; none for anything else (the MAC is checked by the host). */
export function signedCookieParts(value: string | undefined): { random: string; mac: string } | undefined {
  if (value === undefined) return undefined;
  const [random, mac, ...rest] = value.split('.');
  if (rest.length > 0 || random === undefined || mac === undefined || !RANDOM_PART.test(random) || !MAC_PART.test(mac)) return undefined;
  return { random, mac };
}

/** A visitor's record once it ends (now), whatever was kept of it before. */
export const endedRecord = (record: VisitorRecord | undefined, now: number): VisitorRecord => ({ ...(record ?? { started: now, seen: now }), ended: now });
