// A question left open by a message saying the case is undecided is asked naming the words each
// older message told it with, the newest first ("support" from Ben's, "move" from Anna's).
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('thread: a question left undecided is asked naming the words of each older message', () => {
  it('en-US: the goal told two ways, then "They haven\'t decided yet."', () => {
    const got = understand(
      "Anna Kovacs 10:02\nThey want to move the Office 365 subscriptions to us\nBen Hall 10:20\nTheir IT says support only\nAnna Kovacs 10:25\nThey haven't decided yet.",
    );
    assert.deepStrictEqual({ conflicts: got.conflicts, said: got.said }, { conflicts: ['goal'], said: { goal: ['support', 'move'] } });
  });
});
