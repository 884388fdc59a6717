// Who the chat page's visitor is, decided by the server, never by the page. The visitor gets a
// random id in an HttpOnly, SameSite=Strict cookie (Secure, with the __Host- prefix, unless the
// page is reached over plain http at a loopback address), signed with a key the page never sees;
// the Direct Line user id is derived from it with the same key. A client can neither choose its
// id nor learn another's cookie from a user id it has seen (in an activity, a log line, a state
// key): knowing `dl_…` gives nothing to present. A well-signed cookie names its visitor only while
// the server's session of it lives (visitorSessions.ts): signed out, idle or too old, it is
// answered with a new visitor and a new cookie, as if it were not there.
import { createHmac, createSecretKey, KeyObject, randomBytes, timingSafeEqual } from 'crypto';
import * as restify from 'restify';
import { InMemoryStateStorage } from '../state/memoryStorage';
import { VisitorSessions } from './visitorSessions';
import {
  SECURE_VISITOR_COOKIE,
  SIGNED_IN_LIMITS,
  VISITOR_COOKIE,
  readCookie,
  secureCookie,
  signedCookieParts,
  visitorCookie,
} from '../../conversation/webChat/visitorRules';

export { readCookie, SECURE_VISITOR_COOKIE, VISITOR_COOKIE } from '../../conversation/webChat/visitorRules';

export interface Visitor {
  /** The Direct Line user id bound to this visitor (`dl_` and 43 url-safe characters). */
  userId: string;
  /** The cookie to set: the same one again (its lifetime renewed), or a fresh one. */
  setCookie: string;
  /** Whether the request brought no valid cookie of a live visitor, and the visitor is new. */
  fresh: boolean;
}

export interface VisitorOptions {
  /** The signing key (WEBCHAT_COOKIE_KEY, or random per process). */
  key: string | Buffer;
  /** Cookie lifetime in days; 0: until the browser closes. */
  days: number;
  /** Whether X-Forwarded-Proto (from a trusted proxy) says the page was reached over https. */
  trustProxy: boolean;
  /** The visitors' sessions (the bot's state store); by default this process's memory, with the signed-in limits. */
  sessions?: VisitorSessions;
}

/** Whether the cookie for this request is Secure (the rule: visitorRules.ts's secureCookie). */
function secureFor(req: restify.Request, trustProxy: boolean): boolean {
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  return secureCookie({ encrypted, forwardedProto: req.headers['x-forwarded-proto'], trustProxy, host: req.headers.host });
}

export class VisitorIds {
  // KeyObjects made once: a Buffer key is imported again on every createHmac call (20-45 µs under
  // load on Node 24, against 4-6 µs from a KeyObject); the outputs are the same.
  private readonly cookieKey: KeyObject;
  private readonly userKey: KeyObject;
  readonly sessions: VisitorSessions;

  constructor(private readonly options: VisitorOptions) {
    this.sessions = options.sessions ?? new VisitorSessions(new InMemoryStateStorage(new Map(), { maxEntries: 10_000, idleMs: Infinity }), SIGNED_IN_LIMITS);
    // Two keys from one: the cookie's signature and the user id are never the same value.
    const key = typeof options.key === 'string' ? Buffer.from(options.key, 'utf8') : options.key;
    this.cookieKey = createSecretKey(createHmac('sha256', key).update('advisor webchat visitor cookie v1').digest());
    this.userKey = createSecretKey(createHmac('sha256', key).update('advisor webchat direct line user v1').digest());
  }

  /**
   * The visitor the request's cookie names, or a new one when it has none (or a tampered, foreign
   * or malformed one, or one whose session ended: signed out, idle or past its lifetime).
   */
  async identify(req: restify.Request): Promise<Visitor> {
    const secure = secureFor(req, this.options.trustProxy);
    const name = secure ? SECURE_VISITOR_COOKIE : VISITOR_COOKIE;
    const known = this.verify(readCookie(req.headers.cookie, name));
    if (known !== undefined && (await this.sessions.resume(this.userIdOf(known)))) {
      return { userId: this.userIdOf(known), setCookie: this.cookie(name, known, secure), fresh: false };
    }
    // A new random part: the cookie rotates, and an ended visitor's id is never given out again.
    const random = randomBytes(24).toString('base64url');
    const userId = this.userIdOf(random);
    await this.sessions.open(userId);
    return { userId, setCookie: this.cookie(name, random, secure), fresh: true };
  }

  /** The random part of a well-signed cookie value. */
  verify(value: string | undefined): string | undefined {
    const parts = signedCookieParts(value);
    if (!parts) return undefined;
    const expected = this.sign(parts.random);
    const given = Buffer.from(parts.mac, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected) ? parts.random : undefined;
  }

  /** `dl_` (as Direct Line's enhanced authentication requires) and a keyed hash of the cookie's random part. */
  userIdOf(random: string): string {
    return `dl_${createHmac('sha256', this.userKey).update(random).digest('base64url')}`;
  }

  private sign(random: string): Buffer {
    return createHmac('sha256', this.cookieKey).update(random).digest();
  }

  private cookie(name: string, random: string, secure: boolean): string {
    return visitorCookie(name, `${random}.${this.sign(random).toString('base64url')}`, secure, this.options.days);
  }
}
