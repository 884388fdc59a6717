// The list of words for a "not" that a yes does not take back (negation.notTakenBack) is checked
// when it is compiled: an invalid pattern in it names the list, like every other list of words.
import * as assert from 'assert';
import { compileLexicon } from '../../src/domain/understanding/compile';

describe('compile rules: the words for a "not" no yes takes back', () => {
  it('an invalid pattern in negation.notTakenBack names the list', () => {
    assert.throws(
      () => compileLexicon({ language: 'xx', entries: [], negation: { before: ['no'], notTakenBack: ['('] } }),
      (error: Error) => error.message.startsWith('Invalid pattern "(" in lexicon xx negation.notTakenBack: '),
    );
  });
});
