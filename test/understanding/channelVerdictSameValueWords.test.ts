// "EA-n vették…, de az admin központban is Enterprise Agreement látszik. A portál a nyerő.": the
// portal shows the same channel the customer said. The verdict takes the customer's words back
// all the same, so the answer is told in the words of what was checked.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe("channelWords: a verdict for a finding that repeats the answer keeps the finding's words", () => {
  it('hu-HU: the channel is told as the portal shows it', () => {
    const read = understand('Az ügyfél azt mondta, EA-n vették az Office 365-öt, de az admin központban is Enterprise Agreement látszik. A portál a nyerő.');
    assert.deepStrictEqual(
      { answers: read.answers, evidence: read.evidence.channel },
      { answers: { channel: 'ea', service: 'license' }, evidence: 'Enterprise Agreement' },
    );
  });
});
