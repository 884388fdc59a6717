import { strict as assert } from 'assert';
import { consistentAnswers, nextQuestion, optionsFor, withAnswer, withoutAnswer } from '../../src/domain/questions';

describe('questions', () => {
  it('asks cloud, channel, service, goal, partner type in that order', () => {
    assert.equal(nextQuestion({}), 'cloud');
    assert.equal(nextQuestion({ cloud: 'global' }), 'channel');
    assert.equal(nextQuestion({ cloud: 'global', channel: 'ea' }), 'service');
    assert.equal(nextQuestion({ cloud: 'global', channel: 'ea', service: 'license' }), 'goal');
    assert.equal(nextQuestion({ cloud: 'global', channel: 'ea', service: 'license', goal: 'move' }), 'partnerType');
  });

  it('skips the goal for usage-based services', () => {
    assert.equal(nextQuestion({ cloud: 'global', channel: 'ea', service: 'usage' }), 'partnerType');
    assert.equal(nextQuestion({ cloud: 'global', channel: 'ea', service: 'usage', partnerType: 'direct' }), undefined);
  });

  it('offers the 21Vianet channels only in the 21Vianet Partner Center', () => {
    assert.deepEqual([...optionsFor('channel', { cloud: 'china' })], ['vianet', 'formerAdvisor', 'other']);
    assert.ok(optionsFor('channel', { cloud: 'usgov' }).includes('syndication'));
    assert.ok(!optionsFor('channel', { cloud: 'global' }).includes('vianet' as never));
  });

  it('drops answers that no longer fit when an earlier one changes', () => {
    const a = withAnswer({ cloud: 'global', channel: 'ea', service: 'license', goal: 'move', partnerType: 'direct' }, 'cloud', 'china');
    assert.deepEqual(a, { cloud: 'china', service: 'license', goal: 'move', partnerType: 'direct' });
    assert.deepEqual(withAnswer({ cloud: 'global', service: 'license', goal: 'move' }, 'service', 'usage'), { cloud: 'global', service: 'usage' });
    assert.deepEqual(withoutAnswer({ cloud: 'global', channel: 'ea' }, 'channel'), { cloud: 'global' });
  });

  it('ignores invalid options and tampered state', () => {
    assert.deepEqual(withAnswer({ cloud: 'global' }, 'channel', 'vianet'), { cloud: 'global' });
    assert.deepEqual(consistentAnswers({ cloud: 'mars', channel: 'ea' } as never), { channel: 'ea' });
  });
});
