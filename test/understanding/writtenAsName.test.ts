// When the original message writes a span as a name (src/domain/understanding/text.ts,
// writtenAsName): "Open" is the programme only when written like a name inside a sentence, not
// as the sentence's first word, not after a colon, not in a title, and not outside the text.
import { strict as assert } from 'assert';
import { prepare, writtenAsName } from '../../src/domain/understanding/text';

/** Whether `word`, found in the prepared text of `input`, is written there as a name. */
function asName(input: string, word: string): boolean {
  const prepared = prepare(input);
  const start = prepared.text.indexOf(word);
  assert.ok(start >= 0, `"${word}" is in the prepared text of "${input}"`);
  return writtenAsName(input, prepared, start, start + word.length);
}

describe('a span written as a name', () => {
  it('is a capital then small letters inside a sentence', () => {
    assert.equal(asName('They bought it through Open last year', 'open'), true);
    assert.equal(asName('Bought via (Open) licensing', 'open'), true);
  });

  it('is not a word in small letters, nor one in capitals', () => {
    assert.equal(asName('They bought it through open channels', 'open'), false);
    assert.equal(asName('They bought it through OPEN', 'open'), false);
  });

  it('is not the first word of the message, of a sentence, or after a colon', () => {
    assert.equal(asName('Open is what they used', 'open'), false);
    assert.equal(asName('No idea. Open is what they used', 'open'), false);
    assert.equal(asName('Channel: Open', 'open'), false);
  });

  it('is not a word of a title (the next word starts with a capital too)', () => {
    assert.equal(asName('They read the Open Licensing Guide', 'open'), false);
  });

  it('is never a span outside the prepared text', () => {
    const input = 'through Open';
    const prepared = prepare(input);
    const end = prepared.text.length;
    assert.equal(writtenAsName(input, prepared, end + 2, end + 6), false);
  });
});
