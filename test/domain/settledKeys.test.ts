// The outcome and the next question of answers read as the flow holds them, against answers that
// only look like a set already worked out (old or tampered state), and a question's place.
import { strict as assert } from 'assert';
import { questionToAsk, settledOutcome } from '../../src/domain/rules';
import { Answers } from '../../src/domain/questions';
import { progressOf } from '../../src/conversation/advisor/progress';

const complete: Answers = { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' };

describe('Settled outcomes looked up by their answers', () => {
  it('issue 67 finding 2: answers that only print like a worked-out set are settled by what they really hold', () => {
    // The complete set is worked out (and kept) first: SPEC row G1 (bought from Microsoft,
    // licences, support, a direct partner) is eligible. Values that are not strings but print as
    // the same text must not find it: they hold no cloud, so nothing is settled and the cloud is
    // asked again (the SPEC's first question).
    assert.equal(settledOutcome(complete, '2026-11')?.row, 'G1');
    assert.equal(settledOutcome(complete, '2026-11')?.verdict, 'eligible');
    for (const odd of [['global'], { toString: () => 'global' }, 7, null]) {
      const tampered = { ...complete, cloud: odd } as unknown as Answers;
      assert.equal(settledOutcome(tampered, '2026-11'), undefined, `${String(odd)}: without a cloud nothing is settled`);
      assert.equal(questionToAsk(tampered, '2026-11'), 'cloud', `${String(odd)}: the cloud is asked again`);
    }
  });

  it('issue 67 finding 2: answers that do not fit together ask the channel again, every time, instead of a dead end', () => {
    // The SPEC's channels in Partner Center operated by 21Vianet are vianet, formerAdvisor and
    // other: an Enterprise Agreement is none of them. The channel decides between C1 (vianet,
    // formerAdvisor) and C5 (other), so with it dropped nothing is settled and the channel is
    // the question to ask, though every field of the stored set holds a value.
    const unfit: Answers = { ...complete, cloud: 'china', channel: 'ea' };
    for (let i = 0; i < 2; i += 1) {
      assert.equal(settledOutcome(unfit, '2026-11'), undefined, `round ${i + 1}: the channel decides the row`);
      assert.equal(questionToAsk(unfit, '2026-11'), 'channel', `round ${i + 1}: the channel is asked again`);
    }
    // Answered again, the same set reaches the SPEC's rows: C1 for 21Vianet, C5 for somewhere else.
    assert.equal(settledOutcome({ ...unfit, channel: 'vianet' }, '2026-11')?.row, 'C1');
    assert.equal(settledOutcome({ ...unfit, channel: 'other' }, '2026-11')?.row, 'C5');
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
