// The outcome and the next question of answers read as the flow holds them, against answers that
// only look like a set already worked out (old or tampered state), and a question's place.
import { strict as assert } from 'assert';
import { questionToAsk, settledOutcome } from '../../src/domain/rules';
import { Answers, consistentAnswers } from '../../src/domain/questions';
import { progressOf } from '../../src/conversation/progress';

const complete: Answers = { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' };

describe('Settled outcomes looked up by their answers', () => {
  it('answers that only print like a worked-out set get the outcome of what they really hold', () => {
    // The complete set is worked out (and kept) first; then values that are not strings but
    // print as the same text must not find it.
    assert.ok(settledOutcome(complete, '2026-11'));
    for (const odd of [['global'], { toString: () => 'global' }, 7, null]) {
      const tampered = { ...complete, cloud: odd } as unknown as Answers;
      assert.deepEqual(settledOutcome(tampered, '2026-11'), settledOutcome(consistentAnswers(tampered), '2026-11'), String(odd));
      assert.equal(settledOutcome(tampered, '2026-11'), undefined, 'without a cloud nothing is settled');
    }
  });

  it('answers that do not fit together are read as the ones that do, every time', () => {
    // EA is no channel in the China cloud: the channel is dropped, and the question comes back.
    const unfit: Answers = { ...complete, cloud: 'china', channel: 'ea' };
    for (let i = 0; i < 2; i += 1) {
      assert.deepEqual(settledOutcome(unfit, '2026-11'), settledOutcome(consistentAnswers(unfit), '2026-11'));
      assert.equal(questionToAsk(unfit, '2026-11'), undefined, 'every field holds a value, so no question is open');
    }
    assert.equal(questionToAsk({ cloud: 'china' }, '2026-11'), 'channel');
  });

  it("gives each edition its own result for the same answers' key", () => {
    const a2020 = settledOutcome(complete, '2020');
    const a2026 = settledOutcome(complete, '2026-11');
    assert.equal(a2020?.edition, '2020');
    assert.equal(a2026?.edition, '2026-11');
  });
});

describe("A question's place among those asked", () => {
  it('counts the goal while the service is open, not once it is usage-based, and never a preset answer', () => {
    assert.deepEqual(progressOf({}, 'cloud', {}), { position: 1, total: 5 });
    assert.deepEqual(progressOf({ cloud: 'global', channel: 'ea' }, 'service', {}), { position: 3, total: 5 });
    assert.deepEqual(progressOf({ cloud: 'global', channel: 'ea', service: 'usage' }, 'partnerType', {}), { position: 4, total: 4 });
    assert.deepEqual(progressOf({ cloud: 'global' }, 'channel', { cloud: 'global' }), { position: 1, total: 4 });
    // A preset question asked anyway (to change it) still has its place.
    assert.deepEqual(progressOf({ cloud: 'global' }, 'cloud', { cloud: 'global' }), { position: 1, total: 5 });
  });
});
