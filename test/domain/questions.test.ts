import { strict as assert } from 'assert';
import { consistentAnswers, isComplete, isQuestionId, isValidOption, nextQuestion, optionsFor, withAnswer, withoutAnswer } from '../../src/domain/questions';

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

  it('knows its five questions and nothing else as a question id', () => {
    for (const q of ['cloud', 'channel', 'service', 'goal', 'partnerType']) assert.equal(isQuestionId(q), true, q);
    for (const q of ['Cloud', 'language', '', 'toString', 42, undefined, ['cloud']]) assert.equal(isQuestionId(q), false, String(q));
  });

  it('offers every option of each question, in the order of the question table of the SPEC', () => {
    assert.deepEqual([...optionsFor('cloud', {})], ['global', 'usgov', 'china']);
    assert.deepEqual([...optionsFor('channel', { cloud: 'global' })], ['microsoft', 'advisor', 'open', 'ea', 'thirdParty', 'syndication', 'otherCsp']);
    assert.deepEqual([...optionsFor('channel', {})], ['microsoft', 'advisor', 'open', 'ea', 'thirdParty', 'syndication', 'otherCsp']);
    assert.deepEqual([...optionsFor('service', {})], ['license', 'usage']);
    assert.deepEqual([...optionsFor('goal', {})], ['support', 'move']);
    assert.deepEqual([...optionsFor('partnerType', {})], ['direct', 'indirectProvider', 'indirectReseller']);
  });

  it('takes only a string that is an option of the question for these answers', () => {
    assert.equal(isValidOption('channel', 'vianet', { cloud: 'china' }), true);
    assert.equal(isValidOption('channel', 'vianet', { cloud: 'usgov' }), false);
    assert.equal(isValidOption('goal', 'move', {}), true);
    assert.equal(isValidOption('goal', 'usage', {}), false);
    assert.equal(isValidOption('cloud', ['global'], {}), false);
    assert.equal(isValidOption('cloud', undefined, {}), false);
  });

  it('is complete once every applicable question has an answer, the goal only for licenses', () => {
    assert.equal(isComplete({ cloud: 'global', channel: 'ea', service: 'usage', partnerType: 'direct' }), true);
    assert.equal(isComplete({ cloud: 'global', channel: 'ea', service: 'license', partnerType: 'direct' }), false);
    assert.equal(isComplete({ cloud: 'global', channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' }), true);
    assert.equal(isComplete({ channel: 'ea', service: 'usage', partnerType: 'direct' }), false);
    assert.equal(nextQuestion({ cloud: 'china', service: 'usage', partnerType: 'direct' }), 'channel');
  });

  it('keeps a stated goal while the service is still open, and drops it once the service is usage', () => {
    assert.deepEqual(consistentAnswers({ cloud: 'global', goal: 'move' }), { cloud: 'global', goal: 'move' });
    assert.deepEqual(consistentAnswers({ cloud: 'global', service: 'usage', goal: 'move' }), { cloud: 'global', service: 'usage' });
    assert.deepEqual(consistentAnswers({ cloud: 'china', channel: 'vianet', service: 'license', goal: 'support', partnerType: 'indirectReseller' }), {
      cloud: 'china',
      channel: 'vianet',
      service: 'license',
      goal: 'support',
      partnerType: 'indirectReseller',
    });
  });

  it('leaves the answers as they were when the option is not one of the question, and changes nothing it was given', () => {
    const given = { cloud: 'global', channel: 'ea' } as const;
    assert.equal(withAnswer(given, 'service', 'rental'), given);
    assert.deepEqual(withAnswer(given, 'service', 'license'), { cloud: 'global', channel: 'ea', service: 'license' });
    assert.deepEqual(withoutAnswer(given, 'cloud'), { channel: 'ea' });
    assert.deepEqual(given, { cloud: 'global', channel: 'ea' });
  });
});
