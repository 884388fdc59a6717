// A newer message of a pasted chat that says the case was left undecided in a sentence of its own,
// and names something else in another ("They haven't decided yet. It is the Office 365
// subscriptions."), still leaves open each question the older messages told two ways.
import { checkKind } from './kindCheck';

describe('thread: an undecided word beside an answer leaves open what the older messages told two ways', () => {
  checkKind([
    [
      'en-US',
      "Anna Kovacs 10:02\nThey want to move the Office 365 subscriptions to us\nBen Hall 10:20\nTheir IT says support only\nAnna Kovacs 10:25\nThey haven't decided yet. It is the Office 365 subscriptions.",
      { service: 'license' },
      ['goal'],
    ],
  ]);
});
