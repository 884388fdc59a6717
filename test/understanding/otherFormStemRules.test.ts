// The rule of otherForm (src/domain/understanding/hurried.ts) for the shortest stem it takes: two
// words that share a stem of five letters, each with an ending that makes a form of it, are forms
// of one word, not a typo of each other.
import * as assert from 'assert';
import { otherForm } from '../../src/domain/understanding/hurried';

describe('another form of a word: a stem of five letters', () => {
  it('takes "renewed" and "renews" as forms of "renew", and "stored" as one of "stores"', () => {
    assert.strictEqual(otherForm('renewed', 'renews'), true);
    assert.strictEqual(otherForm('stored', 'stores'), true);
  });
});
