// A transcript where a "No." to "Is it Office 365?" answers the service (usage-based, the other of
// its two options) and a later turn says the Office 365 licences, then "They haven't decided yet.":
// the service is asked, naming only the words said for it; the "No." said none.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('transcript: a question left undecided names only words said, not a bare "No."', () => {
  it('en-US: a no, then the licences, then no decision', () => {
    const got = understand(
      "Agent: Is it Office 365?\nCustomer: No.\nAgent: What did their IT say?\nCustomer: Their IT says it is the Office 365 licences.\nAgent: And now?\nCustomer: They haven't decided yet.",
    );
    assert.deepStrictEqual(
      { answers: got.answers, conflicts: got.conflicts, said: got.said },
      { answers: {}, conflicts: ['service'], said: { service: ['Office 365'] } },
    );
  });
});
