// The turn runner's choices (src/conversation/turnRules.ts) from tables: which failures leave the
// conversation as it was, how a redelivered activity is answered, when its id is kept, which
// replies reach the user, and the waits after a lost write race (the mechanism:
// hosting/turnPipeline.test.ts, reliability/).
import { strict as assert } from 'assert';
import { DEFAULT_MAX_ATTEMPTS, afterConflict, afterFailure, keepsActivityId, reachesUser, redeliveryAnswer } from '../../src/conversation/turnRules';

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
});
