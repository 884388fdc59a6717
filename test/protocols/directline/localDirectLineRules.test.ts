// The local Direct Line's rules (protocols/directline/localDirectLineRules.ts), from tables written
// by hand: lifetimes, what an activity costs, which posts are too large, when a conversation makes
// room, the watermark a poll asks with, and the wait a refused client is told.
import { strict as assert } from 'assert';
import {
  activityBytes,
  askedWatermark,
  conversationFull,
  expiresAt,
  secondsUntilFree,
  tooLargeToPost,
  unusedMsOf,
} from '../../../src/protocols/directline/localDirectLineRules';

const MINUTE = 60_000;
const lifetimes = { idleMinutes: 30, unusedTokenSeconds: 120 };
const budgets = { maxActivities: 3, maxConversationBytes: 10_000, maxPostBytesPerMinute: 4_000 };

describe('Local Direct Line: its rules', () => {
  it('lets an unused token live its short window from its issue, a conversation in use the idle time from its last activity', () => {
    const T = 1_000_000;
    const rows: [string, { started: boolean; posted: boolean; lastActive: number; issuedAt: number }, number][] = [
      ['a token never used', { started: false, posted: false, lastActive: T + 5 * MINUTE, issuedAt: T }, T + 2 * MINUTE],
      ['a started conversation', { started: true, posted: false, lastActive: T + 5 * MINUTE, issuedAt: T }, T + 35 * MINUTE],
      ['a conversation posted to, never started', { started: false, posted: true, lastActive: T + 5 * MINUTE, issuedAt: T }, T + 35 * MINUTE],
    ];
    for (const [what, c, expected] of rows) assert.equal(expiresAt(c, lifetimes), expected, what);
    assert.equal(unusedMsOf({ idleMinutes: 1, unusedTokenSeconds: 600 }), MINUTE, 'an unused token never outlives the idle time');
  });

  it('tells a refused client to wait until the soonest conversation frees its place, a second at least', () => {
    const rows: [string, number, number, number][] = [
      ['no conversation at all', Infinity, 0, 1],
      ['one expiring in 2.1 s', 2_100, 0, 3],
      ['one expiring in exactly 2 s', 2_000, 0, 2],
      ['one already due', 0, 500, 1],
    ];
    for (const [what, soonest, now, expected] of rows) assert.equal(secondsUntilFree(soonest, now), expected, what);
  });

  it('counts an activity as its text, two bytes a character unless it is all ASCII, plus its entry', () => {
    assert.equal(activityBytes('{"text":"hi"}', true), 13 + 512);
    assert.equal(activityBytes('{"text":"szia ő"}', false), 2 * 17 + 512);
  });

  it('refuses a post larger than a conversation may hold or than a minute allows', () => {
    const rows: [number, boolean][] = [
      [4_000, false],
      [4_001, true],
      [10_001, true],
    ];
    for (const [bytes, expected] of rows) assert.equal(tooLargeToPost(bytes, budgets), expected, String(bytes));
  });

  it('makes room in a conversation by its oldest activities: too many, or too many bytes, never from an empty one', () => {
    const rows: [string, { count: number; bytes: number }, number, boolean][] = [
      ['room for one more', { count: 2, bytes: 5_000 }, 1_000, false],
      ['as many as it may hold', { count: 3, bytes: 3_000 }, 1_000, true],
      ['over its bytes', { count: 1, bytes: 9_500 }, 1_000, true],
      ['exactly its bytes', { count: 1, bytes: 9_000 }, 1_000, false],
      ['empty, however large the new one', { count: 0, bytes: 0 }, 20_000, false],
    ];
    for (const [what, held, bytes, expected] of rows) assert.equal(conversationFull(held, bytes, budgets), expected, what);
  });

  it('reads a poll from its watermark when it is a plain number, never past the last activity', () => {
    const rows: [unknown, number][] = [
      ['5', 5],
      ['0', 0],
      ['12', 9],
      [undefined, 0],
      ['', 0],
      ['-1', 0],
      ['1e3', 0],
      ['1234567890123456', 0],
      [7, 0],
    ];
    for (const [watermark, expected] of rows) assert.equal(askedWatermark(watermark, 9), expected, String(watermark));
  });
});
