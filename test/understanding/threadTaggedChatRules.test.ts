// Chat lines tagged with the app's name and no time ("[Teams] Name: text"), as thread.ts cuts
// them: one such line alone is no chat, and a tagged line among timed ones leaves the order to
// the times it has. The part lists are spelled out by hand, newest first.
import * as assert from 'assert';
import { threadParts } from './threadParts';

describe('thread rules: chat lines tagged with the app name', () => {
  it('one tagged line and a line of the partner’s own: one statement, not a chat', () => {
    const text = '[Teams] Ben: they bought it through an EA\nthe customer wants us to take over billing';
    assert.deepStrictEqual(threadParts(text), [text]);
  });

  it('a tagged line on top of a log whose times go down: the log was pasted newest on top', () => {
    const text = '[Teams] Ana Silva: global cloud\n[10:05] Ben: it is the China cloud\n[10:01] Ana: which cloud?';
    assert.deepStrictEqual(threadParts(text), ['global cloud', 'it is the China cloud', 'which cloud?']);
  });
});
