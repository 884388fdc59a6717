// A Web Chat visitor's rules from tables: a visitor lasts 12 hours from its first visit and 4 hours
// since its last token request with Partner Center actions on, and never again once ended; one
// instance takes a live answer as true for 30 seconds at most, never past the visitor's end; only
// a `dl_` id on Web Chat or Direct Line is a visitor's; an ended visitor's message gets one line,
// its invoke a 403, anything else nothing.
import { strict as assert } from 'assert';
import {
  ANONYMOUS_LIMITS,
  cookieDays,
  endedRecord,
  endedVisitorAnswer,
  readCookie,
  signedCookieParts,
  RequestSecurity,
  secureCookie,
  visitorCookie,
  visitorLimits,
  isLive,
  isVisitorActivity,
  memoUntil,
  SIGNED_IN_LIMITS,
  VisitorLimits,
  VisitorRecord,
  visitorRecordOf,
} from '../../../src/conversation/webChat/visitorRules';

const H = 3_600_000;
const T = Date.UTC(2026, 10, 25, 8, 0, 0);
const LIMITS: VisitorLimits = { lifetimeMs: 12 * H, idleMs: 4 * H };

describe('Web Chat visitor rules', () => {
  it('lasts a working day and a long lunch with Partner Center actions', () => {
    assert.deepEqual(SIGNED_IN_LIMITS, LIMITS);
  });

  describe('live or not', () => {
    const rows: [string, VisitorRecord, number, boolean][] = [
      ['just started', { started: T, seen: T }, T, true],
      ['idle three hours', { started: T, seen: T }, T + 3 * H, true],
      ['idle four hours', { started: T, seen: T }, T + 4 * H, false],
      ['active all day, eleven hours in', { started: T, seen: T + 11 * H }, T + 11 * H + 1, true],
      ['active all day, twelve hours in', { started: T, seen: T + 12 * H - 1 }, T + 12 * H, false],
      ['signed out a minute ago', { started: T, seen: T, ended: T + 60_000 }, T + 120_000, false],
    ];
    for (const [name, record, now, live] of rows) it(name, () => assert.equal(isLive(record, now, LIMITS), live));
  });

  describe('how long one instance takes a live answer as true', () => {
    const rows: [string, VisitorRecord, number, number][] = [
      ['thirty seconds, usually', { started: T, seen: T }, T + H, T + H + 30_000],
      ['no longer than its idle time', { started: T, seen: T }, T + 4 * H - 10_000, T + 4 * H],
      ['no longer than its lifetime', { started: T, seen: T + 11 * H }, T + 12 * H - 5_000, T + 12 * H],
    ];
    for (const [name, record, now, until] of rows) it(name, () => assert.equal(memoUntil(record, now, LIMITS), until));
  });

  it('reads a stored record back only with numbers where they belong', () => {
    const rows: [Record<string, unknown> | undefined, VisitorRecord | undefined][] = [
      [
        { started: T, seen: T + 1 },
        { started: T, seen: T + 1 },
      ],
      [
        { started: T, seen: T, ended: T + 2 },
        { started: T, seen: T, ended: T + 2 },
      ],
      [
        { started: T, seen: T, ended: 'yes' },
        { started: T, seen: T },
      ],
      [{ started: String(T), seen: T }, undefined],
      [{ started: T }, undefined],
      [undefined, undefined],
    ];
    for (const [state, record] of rows) assert.deepEqual(visitorRecordOf(state), record, JSON.stringify(state));
  });

  it("takes only a visitor id this server made, on Web Chat or Direct Line, as a visitor's", () => {
    const id = `dl_${'a'.repeat(43)}`;
    const rows: [{ channelId?: string; from?: { id?: string } }, boolean][] = [
      [{ channelId: 'webchat', from: { id } }, true],
      [{ channelId: 'directline', from: { id } }, true],
      [{ channelId: 'msteams', from: { id } }, false],
      [{ channelId: 'webchat', from: { id: `dl_${'a'.repeat(42)}` } }, false],
      [{ channelId: 'webchat', from: { id: `dl_${'a'.repeat(42)}!` } }, false],
      [{ channelId: 'webchat', from: { id: '29:teams-user' } }, false],
      [{ channelId: 'webchat' }, false],
    ];
    for (const [activity, visitor] of rows) assert.equal(isVisitorActivity(activity), visitor, JSON.stringify(activity));
  });

  it("answers an ended visitor's message with a line, an invoke with 403, and anything else with nothing", () => {
    assert.equal(endedVisitorAnswer('message'), 'reloadLine');
    assert.equal(endedVisitorAnswer('invoke'), 'forbidden');
    assert.equal(endedVisitorAnswer('conversationUpdate'), 'nothing');
    assert.equal(endedVisitorAnswer(undefined), 'nothing');
  });

  it('lasts a working day with Partner Center actions, a month without; the cookie ends with the browser with them unless set', () => {
    assert.equal(visitorLimits(true), SIGNED_IN_LIMITS);
    assert.equal(visitorLimits(false), ANONYMOUS_LIMITS);
    const rows: [number | undefined, boolean, number][] = [
      [undefined, true, 0],
      [undefined, false, 30],
      [7, true, 7],
      [0, false, 0],
    ];
    for (const [setting, actions, days] of rows) assert.equal(cookieDays(setting, actions), days, `${setting} ${actions}`);
  });

  it('makes the cookie Secure over TLS, behind a trusted proxy saying https last, or at any host but loopback', () => {
    const plain: RequestSecurity = { encrypted: false, forwardedProto: undefined, trustProxy: false, host: 'localhost:3978' };
    const rows: [Partial<RequestSecurity>, boolean][] = [
      [{}, false],
      [{ host: '127.0.0.1:3978' }, false],
      [{ host: '[::1]:3978' }, false],
      [{ host: 'bot.example' }, true],
      [{ host: undefined }, true],
      [{ encrypted: true }, true],
      [{ forwardedProto: 'https' }, false],
      [{ forwardedProto: 'https', trustProxy: true }, true],
      [{ forwardedProto: 'https, http', trustProxy: true }, false],
      [{ forwardedProto: ['http', 'HTTPS'], trustProxy: true }, true],
    ];
    for (const [change, secure] of rows) assert.equal(secureCookie({ ...plain, ...change }), secure, JSON.stringify(change));
  });

  it('reads the first cookie of its name and writes it HttpOnly, SameSite=Strict, Secure where it must be', () => {
    assert.equal(readCookie('a=1; advisor-visitor=x.y; advisor-visitor=z', 'advisor-visitor'), 'x.y');
    assert.equal(readCookie(['a=1', 'b=2'], 'b'), '2');
    assert.equal(readCookie(`b=${'x'.repeat(8192)}`, 'b'), undefined);
    assert.equal(visitorCookie('n', 'v', false, 0), 'n=v; Path=/; HttpOnly; SameSite=Strict');
    assert.equal(visitorCookie('n', 'v', true, 2), 'n=v; Path=/; HttpOnly; SameSite=Strict; Secure; Max-Age=172800');
  });

  it("reads a cookie value's random part and MAC only in the form this server gives", () => {
    const random = 'A'.repeat(32);
    const mac = 'b-_'.repeat(14) + 'c';
    const rows: [string, string | undefined, boolean][] = [
      ['the form given', `${random}.${mac}`, true],
      ['a third part', `${random}.${mac}.x`, false],
      ['no MAC', random, false],
      ['a short random part', `${random.slice(1)}.${mac}`, false],
      ['a long MAC', `${random}.${mac}d`, false],
      ['padding in the MAC', `${random}.${mac.slice(1)}=`, false],
      ['empty', '', false],
      ['none', undefined, false],
    ];
    for (const [name, value, ok] of rows) assert.deepEqual(signedCookieParts(value), ok ? { random, mac } : undefined, name);
  });

  it('ends a visitor now, whatever was kept of it', () => {
    assert.deepEqual(endedRecord({ started: 1, seen: 5 }, 9), { started: 1, seen: 5, ended: 9 });
    assert.deepEqual(endedRecord({ started: 1, seen: 5, ended: 7 }, 9), { started: 1, seen: 5, ended: 9 });
    assert.deepEqual(endedRecord(undefined, 9), { started: 9, seen: 9, ended: 9 });
  });
});
