// The turn runner's choices (src/conversation/channel/turnRules.ts) from tables: which failures leave the
// conversation as it was, how a redelivered activity is answered, when its id is kept, which
// replies reach the user, what a run again does with messages already delivered, and the waits
// after a lost write race (the mechanism:
// hosting/turnPipeline.test.ts, reliability/).
import { strict as assert } from 'assert';
import {
  DEFAULT_MAX_ATTEMPTS,
  afterConflict,
  afterFailure,
  keepsActivityId,
  reachesUser,
  redeliveryAnswer,
  redeliveryPlan,
  refusedAnswer,
} from '../../src/conversation/channel/turnRules';

describe('Turn rules', () => {
  it('lets a failure up on what the advisor converses on, or when transient; refuses it on anything else', () => {
    const rows: [string | undefined, boolean, 'rethrow' | 'refuse'][] = [
      ['message', false, 'rethrow'],
      ['conversationUpdate', false, 'rethrow'],
      ['installationUpdate', false, 'rethrow'],
      ['invoke', false, 'refuse'],
      ['event', false, 'refuse'],
      [undefined, false, 'refuse'],
      ['invoke', true, 'rethrow'],
      ['event', true, 'rethrow'],
    ];
    for (const [type, transient, outcome] of rows) assert.equal(afterFailure(type, transient), outcome, `${type} ${transient}`);
  });

  it('answers a refused invoke with 400 unless the bot chose its answer, anything else with none', () => {
    const rows: [unknown, boolean, { status: 400 } | undefined][] = [
      ['invoke', false, { status: 400 }],
      ['invoke', true, undefined],
      ['message', false, undefined],
      ['event', false, undefined],
      ['conversationUpdate', false, undefined],
      [undefined, false, undefined],
    ];
    for (const [type, answered, answer] of rows) assert.deepEqual(refusedAnswer(type, answered), answer, `${String(type)} ${answered}`);
  });

  it('answers a redelivered card action from state, another invoke with 200, anything else with nothing', () => {
    const rows: [string, string | undefined, string][] = [
      ['invoke', 'adaptiveCard/action', 'replay'],
      ['invoke', 'message/submitAction', 'accepted'],
      ['invoke', undefined, 'accepted'],
      ['message', 'adaptiveCard/action', 'nothing'],
      ['conversationUpdate', undefined, 'nothing'],
    ];
    for (const [type, name, answer] of rows) assert.equal(redeliveryAnswer(type, name, 'adaptiveCard/action'), answer, `${type} ${name}`);
  });

  it('keeps an id only for a turn that replied or changed the conversation', () => {
    const rows: [boolean, boolean, boolean, boolean][] = [
      [true, true, false, true],
      [true, false, true, true],
      [true, false, false, false],
      [false, true, true, false],
    ];
    for (const [hasId, replied, changed, kept] of rows) assert.equal(keepsActivityId(hasId, replied, changed), kept, `${hasId} ${replied} ${changed}`);
  });

  it('counts traces, invoke responses and delays as nothing the user sees', () => {
    assert.deepEqual(['message', 'typing', 'event', 'trace', 'invokeResponse', 'delay', undefined].map(reachesUser), [
      true,
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('runs a turn again after a doubling, jittered wait up to 400 ms, and gives up at the last attempt', () => {
    const rows: [number, number, number | 'give up'][] = [
      [1, 0.5, 20],
      [2, 0.5, 40],
      [3, 0, 40],
      [5, 0.5, 320],
      [6, 0.5, 400],
      [11, 0.999, 400 * 1.499],
      [12, 0.5, 'give up'],
      [13, 0.5, 'give up'],
    ];
    for (const [attempt, random, wait] of rows) {
      const next = afterConflict(attempt, DEFAULT_MAX_ATTEMPTS, random);
      assert.equal(next.again ? next.waitMs : 'give up', wait, `attempt ${attempt}`);
    }
    assert.deepEqual(afterConflict(1, 1, 0.5), { again: false });
  });

  it('reuses what an earlier run delivered, in order: the same message kept, another updated in place, a further one sent, one no longer said withdrawn', () => {
    const a = { json: 'A', id: 'm1' };
    const b = { json: 'B', id: 'm2' };
    const rows: [string, { json: string; id?: string }[], string[], ReturnType<typeof redeliveryPlan>][] = [
      [
        'the same messages',
        [a, b],
        ['A', 'B'],
        {
          plan: [
            { kind: 'keep', id: 'm1' },
            { kind: 'keep', id: 'm2' },
          ],
          withdraw: [],
        },
      ],
      [
        'another second message',
        [a, b],
        ['A', 'C'],
        {
          plan: [
            { kind: 'keep', id: 'm1' },
            { kind: 'update', id: 'm2' },
          ],
          withdraw: [],
        },
      ],
      ['one more', [a], ['A', 'B'], { plan: [{ kind: 'keep', id: 'm1' }, { kind: 'send' }], withdraw: [] }],
      ['one fewer', [a, b], ['C'], { plan: [{ kind: 'update', id: 'm1' }], withdraw: ['m2'] }],
      ['the activity processed elsewhere: nothing to say', [a, b], [], { plan: [], withdraw: ['m1', 'm2'] }],
      ['nothing delivered before', [], ['A'], { plan: [{ kind: 'send' }], withdraw: [] }],
      ['a delivered message without an id cannot be reached', [{ json: 'A' }, b], ['A'], { plan: [{ kind: 'send' }], withdraw: ['m2'] }],
    ];
    for (const [what, delivered, next, expected] of rows) assert.deepEqual(redeliveryPlan(delivered, next), expected, what);
  });
});
