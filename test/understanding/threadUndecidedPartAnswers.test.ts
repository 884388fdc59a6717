// A newer message of a pasted chat that says the case was left undecided and, after it, gives an
// answer of its own ("They haven't decided yet. For now it is support only."): that answer is the
// newest word on the question, so it decides it; the two answers told before it are not asked.
import { checkKind } from './kindCheck';

describe('thread: an undecided message that answers a question itself decides it', () => {
  checkKind([
    [
      'en-US',
      "Anna Kovacs 10:02\nThey want to move the Office 365 subscriptions to us\nBen Hall 10:20\nTheir IT says support only\nAnna Kovacs 10:25\nThey haven't decided yet. For now it is support only.",
      { service: 'license', goal: 'support' },
    ],
  ]);
});
