// The local Direct Line's bookkeeping (protocols/directline/conversations.ts), pure: which token
// opens which conversation, the ids and watermarks a poll pages by, an update queued again under
// its id, expiry. From tables written by hand; a stand-in digest and a clock the test moves.
import { strict as assert } from 'assert';
import { parseWebChatSettings } from '../../../src/config/webChatSettings';
import { Access, DirectLineConversations, LocalConversation, activitySetJson } from '../../../src/protocols/directline/conversations';

const digests = { digestOf: (t: string) => `#${t}`, sameDigest: (kept: string, t: string) => kept === `#${t}` };

function store(now: { t: number }): DirectLineConversations {
  const defaults = parseWebChatSettings({}, (message) => {
    throw new Error(message);
  }).local;
  return new DirectLineConversations({ ...defaults, idleMinutes: 10, unusedTokenSeconds: 60, maxConversations: 2 }, () => now.t, digests);
}

const status = (access: Access): number | 'ok' => (access.ok ? 'ok' : access.status);

describe('Local Direct Line: its conversations', () => {
  it('gives a conversation only to the token opened with it: 401 none, 403 another, 404 none such', () => {
    const s = store({ t: 0 });
    assert.ok(s.open('a', 'token-a', 'user-1', undefined));
    assert.ok(s.open('b', 'token-b', 'user-2', 'hu-HU'));
    const rows: [string, string | undefined, number | 'ok'][] = [
      ['a', 'token-a', 'ok'],
      ['a', undefined, 401],
      ['a', 'token-b', 403],
      ['a', 'made-up', 403],
      ['c', 'token-a', 404],
    ];
    for (const [id, token, expected] of rows) assert.equal(status(s.access(id, token)), expected, `${id} with ${token}`);
    const byToken: [string | undefined, string | number][] = [
      ['token-b', 'b'],
      [undefined, 401],
      ['made-up', 403],
    ];
    for (const [token, expected] of byToken) {
      const access = s.conversationForToken(token);
      assert.equal(access.ok ? access.conversation.id : access.status, expected, String(token));
    }
  });

  it('opens no conversation beyond the most it may keep', () => {
    const s = store({ t: 0 });
    assert.deepEqual(
      ['a', 'b', 'c'].map((id) => s.open(id, `token-${id}`, 'u', undefined)),
      [true, true, false],
    );
  });

  it('lets an unused token go after its short window, a conversation in use after its idle time', () => {
    const now = { t: 0 };
    const s = store(now);
    s.open('unused', 'token-u', 'u', undefined);
    s.open('used', 'token-v', 'u', undefined);
    const used = s.find('used')!;
    s.post(used, { type: 'message', text: 'hi' });
    const rows: [number, string | undefined, string | undefined][] = [
      [59_999, 'unused', 'used'],
      [60_000, undefined, 'used'],
      [599_999, undefined, 'used'],
      [600_000, undefined, undefined],
    ];
    for (const [t, unused, inUse] of rows) {
      now.t = t;
      assert.deepEqual([s.find('unused')?.id, s.find('used')?.id], [unused, inUse], `at ${t} ms`);
    }
    assert.equal(status(s.access('used', 'token-v')), 404, 'an expired conversation is none');
  });

  it('numbers activities in order and pages a poll by the watermark: the last seen, a bad one from the start, a future one at the end', () => {
    const s = store({ t: 0 });
    s.open('a', 'token-a', 'u', undefined);
    const c: LocalConversation = s.find('a')!;
    const ids = ['one', 'two', 'three'].map((text) => s.append(c, { type: 'message', text }));
    assert.deepEqual(ids, ['a|0000001', 'a|0000002', 'a|0000003']);
    const rows: [unknown, string[], string][] = [
      [undefined, ['one', 'two', 'three'], '3'],
      ['', ['one', 'two', 'three'], '3'],
      ['1', ['two', 'three'], '3'],
      ['3', [], '3'],
      ['99', [], '3'],
      ['-1', ['one', 'two', 'three'], '3'],
      ['1e3', ['one', 'two', 'three'], '3'],
    ];
    for (const [watermark, texts, next] of rows) {
      const page = s.read(c, watermark);
      assert.deepEqual([page.activities.map((a) => a.text), page.watermark], [texts, next], `watermark ${String(watermark)}`);
    }
  });

  it('queues an updated activity again under its id and first timestamp, so a client past it sees it once more; an unknown id is not found', () => {
    const s = store({ t: 0 });
    s.open('a', 'token-a', 'u', undefined);
    const c = s.find('a')!;
    const id = s.append(c, { type: 'message', text: 'card', timestamp: 'T1' })!;
    s.append(c, { type: 'message', text: 'after' });
    assert.equal(s.update(c, id, { type: 'message', text: 'card, updated', timestamp: 'T9' }), 'updated');
    assert.equal(s.update(c, 'a|0000042', { type: 'message' }), 'not-found');
    assert.deepEqual(s.read(c, '2').activities, [{ type: 'message', text: 'card, updated', timestamp: 'T1', id }]);
    assert.deepEqual(
      s.read(c, '').activities.map((a) => a.text),
      ['after', 'card, updated'],
      'each version once',
    );
  });

  it("answers a poll with Direct Line's ActivitySet, the stored texts as they are", () => {
    assert.deepEqual(JSON.parse(activitySetJson(['{"type":"message","id":"a|1"}'], '1')), { activities: [{ type: 'message', id: 'a|1' }], watermark: '1' });
    assert.equal(activitySetJson([], '0'), '{"activities":[],"watermark":"0"}');
  });
});
