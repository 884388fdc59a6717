// Kind "channelWords": when the channel is asked because "directly from Microsoft" is disputed, the
// question names each account once. The Advisor program and our own sale as an Advisor are one
// account outside China (the same option), so it is named by its first words only.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('kind: channelWords, the Advisor program and our sale as an Advisor named once when the channel is asked', () => {
  it('en-US: names Microsoft and the Advisor program, not the Advisor program twice', () => {
    const read = understand('Finance says directly from Microsoft, sales says via the Advisor program, and we did sell it to them when we were an Advisor.');
    assert.deepStrictEqual(
      { answers: read.answers, conflicts: read.conflicts, said: read.said?.channel },
      { answers: {}, conflicts: ['channel'], said: ['directly from Microsoft', 'via the Advisor program'] },
    );
  });
});
