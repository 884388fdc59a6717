// A thread whose service is usage-based asks no goal, not even one a newer part tells two ways
// ("move it to us or maybe just support, not clear which") or only doubts ("maybe they want to move
// it to us"); a doubt on another question ("maybe they bought it under an EA") is still asked back.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

describe('thread: a usage-based service drops the goal, and only the goal', () => {
  checkKind([
    [
      'en-US',
      '[09:10] Anna: they use Azure pay as you go\n[09:11] Ben: they want to move it to us or maybe just support, not clear which',
      { service: 'usage' },
    ],
    ['en-US', '[09:10] Anna: they use Azure pay as you go\n[09:11] Ben: they bought it under an EA', { channel: 'ea', service: 'usage' }],
  ]);

  it('en-US: a doubted channel is still asked back by name', () => {
    const got = understand('[09:10] Anna: they use Azure pay as you go\n[09:11] Ben: maybe they bought it under an EA');
    assert.deepStrictEqual({ answers: got.answers, hedged: got.hedged }, { answers: { service: 'usage' }, hedged: { channel: 'ea' } });
  });

  it('en-US: a doubted goal leaves nothing doubted', () => {
    const got = understand('[09:10] Anna: they use Azure pay as you go\n[09:11] Ben: maybe they want to move it to us');
    assert.deepStrictEqual({ answers: got.answers, hedged: got.hedged }, { answers: { service: 'usage' }, hedged: undefined });
  });
});
