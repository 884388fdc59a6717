// A Web Chat visitor's rules from tables: a visitor lasts 12 hours from its first visit and 4 hours
// since its last token request with Partner Center actions on, and never again once ended; one
// instance takes a live answer as true for 30 seconds at most, never past the visitor's end; only
// a `dl_` id on Web Chat or Direct Line is a visitor's; an ended visitor's message gets one line,
// its invoke a 403, anything else nothing.
import { strict as assert } from 'assert';
import {
  endedVisitorAnswer,
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
});
