// The local Direct Line's budgets, on the store with a stand-in clock: bytes per conversation and
// in all (the oldest going first), the activity too large for a conversation, a token nobody uses
// expiring after its short window and the wait a full store announces.
import { strict as assert } from 'assert';
import { LocalDirectLine } from '../../src/hosting/directline/localDirectLine';
import { CONVERSATION_OVERHEAD_BYTES } from '../../src/protocols/directline/localDirectLineRules';
import { LocalDirectLineSettings, parseWebChatSettings } from '../../src/config/webChatSettings';

const USER = 'dl_localdirectline_budget_user';
type Json = Record<string, unknown>;

/** The defaults (as with no setting) with some changed. */
function localSettings(changes: Partial<LocalDirectLineSettings>): LocalDirectLineSettings {
  const defaults = parseWebChatSettings({}, (message) => {
    throw new Error(message);
  }).local;
  return { ...defaults, ...changes };
}

describe('local Direct Line budgets', () => {
  let now = 1_700_000_000_000;
  const clock = (): number => now;
  const message = (text: string): Json => ({ type: 'message', text });

  it('keeps a conversation within its byte budget, the oldest going first', () => {
    const store = new LocalDirectLine(localSettings({ maxConversationBytes: 64 * 1024 }), clock);
    const c = store.find(store.issue(USER, undefined)!.conversationId)!;
    for (let i = 0; i < 40; i++) store.append(c, message(`${i} ${'x'.repeat(4000)}`));
    assert.ok(store.bytesOf(c) <= 64 * 1024, `${store.bytesOf(c)} bytes`);
    const kept = store.read(c, '').activities.map((a) => Number(String(a.text).split(' ')[0]));
    assert.ok(kept.length >= 12 && kept.length < 16, `${kept.length} kept`);
    assert.deepEqual(
      kept,
      Array.from({ length: kept.length }, (_, i) => 40 - kept.length + i),
      'the newest, in order',
    );
  });

  it('keeps the whole store within its budget, the oldest activities of any conversation going first', () => {
    const store = new LocalDirectLine(localSettings({ maxTotalBytes: 1024 * 1024, maxConversationBytes: 256 * 1024 }), clock);
    const conversations = Array.from({ length: 10 }, () => store.find(store.issue(USER, undefined)!.conversationId)!);
    for (let round = 0; round < 10; round++) {
      for (const c of conversations) store.append(c, message(`${round} ${'y'.repeat(20_000)}`));
    }
    assert.ok(store.bytes <= 1024 * 1024, `${store.bytes} bytes`);
    const held = conversations.reduce((sum, c) => sum + store.bytesOf(c), 0);
    assert.equal(store.bytes, held + 10 * CONVERSATION_OVERHEAD_BYTES, 'what is counted is what the conversations hold');
    for (const c of conversations) {
      const rounds = store.read(c, '').activities.map((a) => Number(String(a.text).split(' ')[0]));
      assert.equal(rounds[rounds.length - 1], 9, 'every conversation keeps its newest');
      assert.ok(rounds.length < 10 && rounds[0]! > 0, 'and lost its oldest');
    }
  });

  it('refuses an activity larger than a conversation may hold (413), and counts text beyond Latin-1 at two bytes a character', () => {
    const store = new LocalDirectLine(localSettings({ maxConversationBytes: 64 * 1024 }), clock);
    const c = store.find(store.issue(USER, undefined)!.conversationId)!;
    assert.deepEqual(store.post(c, { type: 'message', value: 'z'.repeat(70_000) }), { ok: false, status: 413 });
    assert.equal(store.append(c, { type: 'message', text: 'z'.repeat(70_000) }), undefined);
    store.append(c, message('ж'.repeat(10_000)));
    assert.ok(store.bytesOf(c) > 20_000, 'two bytes a character');
  });

  it('expires a token nobody used after the short window, so it stops counting toward the cap', () => {
    const store = new LocalDirectLine(localSettings({ maxConversations: 2, unusedTokenSeconds: 120, idleMinutes: 30 }), clock);
    const first = store.issue(USER, undefined)!;
    assert.equal(first.expiresIn, 120);
    store.find(first.conversationId)!.started = true;
    now += 10_000;
    assert.ok(store.issue(USER, undefined));
    assert.equal(store.issue(USER, undefined), undefined, 'full');
    assert.equal(store.secondsUntilFree(), 120, 'the unused one frees its place first');
    now += 119_000;
    assert.equal(store.issue(USER, undefined), undefined, 'not sooner');
    assert.equal(store.secondsUntilFree(), 1);
    now += 1_000;
    assert.ok(store.issue(USER, undefined), 'a place is free when Retry-After said');
    assert.ok(store.find(first.conversationId), 'the conversation in use keeps its place');
    assert.equal(store.secondsUntilFree(), 120, 'the new unused token is again the soonest to go');
  });

  it('answers a poll with the stored texts as they are', () => {
    const store = new LocalDirectLine(localSettings({}), clock);
    const c = store.find(store.issue(USER, undefined)!.conversationId)!;
    store.append(c, message('a'));
    store.append(c, { type: 'message', text: 'b', value: { nested: [1, 'two', null] } });
    assert.deepEqual(JSON.parse(store.readBody(c, '')), store.read(c, ''));
    assert.deepEqual(JSON.parse(store.readBody(c, '2')), { activities: [], watermark: '2' });
  });
});
