// Kind "channelWords": a seller said once under a doubt is named once when the channel is asked,
// though more than one of its words' patterns finds it ("an IT integrator").
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('kind: channelWords, a doubted seller named once when the channel is asked', () => {
  it('en-US: "probably bought Office 365 from an IT integrator" names the integrator once', () => {
    const read = understand('Not sure, they probably bought Office 365 from an IT integrator');
    assert.deepStrictEqual(
      { answers: read.answers, conflicts: read.conflicts, said: read.said?.channel },
      { answers: { service: 'license' }, conflicts: ['channel'], said: ['IT integrator'] },
    );
  });
});
