// What the local Direct Line refuses of a visitor's post, and what the store's answers mean
// (protocols/directline/visitorPosts.ts), from tables written by hand: the first refusal that applies, in order.
import { strict as assert } from 'assert';
import { postRefusal, takesTurn, updateRefusal, visitorPost } from '../../../src/protocols/directline/visitorPosts';
import { MAX_PENDING_TURNS } from '../../../src/protocols/directline/localDirectLineRules';

describe("Local Direct Line: a visitor's posts", () => {
  it('takes a turn while fewer than the most turns wait', () => {
    const rows: [number, boolean][] = [
      [0, true],
      [MAX_PENDING_TURNS - 1, true],
      [MAX_PENDING_TURNS, false],
      [MAX_PENDING_TURNS + 1, false],
    ];
    for (const [pending, takes] of rows) assert.equal(takesTurn(pending), takes, String(pending));
  });

  it('refuses a body that is no object first, then an activity a client may not send, then a busy conversation', () => {
    const busy = MAX_PENDING_TURNS;
    const rows: [string, unknown, number, string | undefined][] = [
      ['a message', { type: 'message', text: 'hi' }, 0, undefined],
      ['not an object', 'junk', 0, 'notActivity'],
      ['an array', ['message'], busy, 'notActivity'],
      ['not an object, busy', undefined, busy, 'notActivity'],
      ['a type a client may not send', { type: 'invoke' }, 0, 'badActivity'],
      ['a bad activity, busy', { type: 'invoke' }, busy, 'badActivity'],
      ['a message, busy', { type: 'message', text: 'hi' }, busy, 'botBusy'],
    ];
    for (const [what, body, pending, refusal] of rows) {
      const checked = visitorPost(body, pending);
      assert.equal(checked.ok ? undefined : checked.refusal.kind, refusal, what);
    }
    const ok = visitorPost({ type: 'message', text: 'hi' }, 0);
    assert.ok(ok.ok && ok.activity.type === 'message' && ok.activity.text === 'hi');
  });

  it("answers the store's refusals: a post too large, too much (with its wait), an update too large or of no such activity", () => {
    assert.deepEqual(postRefusal({ ok: false, status: 413 }), { kind: 'postTooLarge' });
    assert.deepEqual(postRefusal({ ok: false, status: 429, retryAfterSeconds: 7 }), { kind: 'postTooMuch', retryAfterSeconds: 7 });
    assert.deepEqual(updateRefusal('too-large'), { kind: 'replyTooLarge' });
    assert.deepEqual(updateRefusal('not-found'), { kind: 'noSuchActivity' });
  });
});
