// What the turn's outbox decides (src/conversation/channel/outboxRules.ts) from tables written by
// hand: whether a turn said anything the user sees, whether it keeps a reply's id, how a run again
// takes the places of an earlier run's messages, what a failed send means, what is withdrawn (the
// mechanism: hosting/turnPipeline.test.ts, reliability/).
import { strict as assert } from 'assert';
import {
  HeldOp,
  SentMessage,
  afterSendFailure,
  contentOf,
  hasReplies,
  keepsReplyIds,
  redeliveryOf,
  redeliveryStep,
  withdrawnIds,
} from '../../src/conversation/channel/outboxRules';

const send = (...types: string[]): HeldOp => ({ kind: 'send', activities: types.map((type) => ({ type })) });

describe('Outbox rules', () => {
  it('counts as a reply a visible send, an update or a delete; never a trace or an invoke response alone', () => {
    const rows: [string, HeldOp[], boolean][] = [
      ['nothing held', [], false],
      ['a message', [send('message')], true],
      ['a trace', [send('trace')], false],
      ["an invoke's response", [send('invokeResponse')], false],
      ['a trace, then a typing indicator', [send('trace'), send('typing')], true],
      ["an earlier card's update", [{ kind: 'update' }], true],
      ["an earlier card's delete", [send('trace'), { kind: 'delete' }], true],
    ];
    for (const [what, ops, replied] of rows) assert.equal(hasReplies(ops), replied, what);
  });

  it('delivers before the write only when someone waits for a reply id', () => {
    const rows: [string, HeldOp[], boolean][] = [
      ['plain sends', [send('message'), { kind: 'update' }], false],
      ['a send whose id the state keeps', [send('message'), { kind: 'send', activities: [{ type: 'message' }], onDelivered: [() => undefined] }], true],
      ['nothing held', [], false],
    ];
    for (const [what, ops, keeps] of rows) assert.equal(keepsReplyIds(ops), keeps, what);
  });

  it("compares two runs' messages by content, the channel's id aside, and takes the earlier run's places", () => {
    assert.equal(contentOf({ type: 'message', id: 'a1' }), contentOf({ type: 'message' }));
    assert.notEqual(contentOf({ type: 'message' }), contentOf({ type: 'typing' }));
    const earlier: SentMessage[] = [
      { activity: { type: 'message', text: 'same', id: 'a1' } as never, id: 'a1' },
      { activity: { type: 'message', text: 'old' } as never, id: 'a2' },
      { activity: { type: 'message', text: 'no id' } as never },
      { activity: { type: 'message', text: 'gone' } as never, id: 'a4' },
    ];
    const ops: HeldOp[] = [
      { kind: 'send', activities: [{ type: 'message', text: 'same' } as never] },
      { kind: 'update' },
      { kind: 'send', activities: [{ type: 'message', text: 'new' } as never, { type: 'message', text: 'no id' } as never] },
    ];
    assert.deepEqual(redeliveryOf(earlier, ops), {
      plan: [{ kind: 'keep', id: 'a1' }, { kind: 'update', id: 'a2' }, { kind: 'send' }],
      withdraw: ['a4'],
    });
    assert.deepEqual(redeliveryStep([{ kind: 'keep', id: 'a1' }], 0), { kind: 'keep', id: 'a1' });
    assert.deepEqual(redeliveryStep([{ kind: 'keep', id: 'a1' }], 1), { kind: 'send' });
  });

  it('fails a delivery whose first reply could not go out, only cuts short one that reached the user', () => {
    assert.equal(afterSendFailure(false), 'failed');
    assert.equal(afterSendFailure(true), 'cutShort');
  });

  it('withdraws the delivered messages that have an id', () => {
    assert.deepEqual(withdrawnIds([{ activity: {}, id: 'a1' }, { activity: {} }, { activity: {}, id: 'a3' }]), ['a1', 'a3']);
    assert.deepEqual(withdrawnIds([]), []);
  });
});
