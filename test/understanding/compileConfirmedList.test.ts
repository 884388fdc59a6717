// The list of words for a check that confirms a doubt (negation.confirmed) is checked when it is
// compiled: an invalid pattern in it names the list, like every other list of words.
import * as assert from 'assert';
import { compileLexicon } from '../../src/domain/understanding/compile';

describe('compile rules: the words for a check that confirms a doubt', () => {
  it('an invalid pattern in negation.confirmed names the list', () => {
    assert.throws(
      () => compileLexicon({ language: 'xx', entries: [], negation: { before: ['no'], confirmed: ['('] } }),
      (error: Error) => error.message.startsWith('Invalid pattern "(" in lexicon xx negation.confirmed: '),
    );
  });
});
