// The list of words for a verdict on a checked finding (negation.verdicts: "a portál a nyerő") is
// checked when it is compiled: an invalid pattern in it names the list, like every other list of words.
import * as assert from 'assert';
import { compileLexicon } from '../../src/domain/understanding/compile';

describe('compile rules: the words for a verdict on a checked finding', () => {
  it('an invalid pattern in negation.verdicts names the list', () => {
    assert.throws(
      () => compileLexicon({ language: 'xx', entries: [], negation: { before: ['no'], verdicts: ['('] } }),
      (error: Error) => error.message.startsWith('Invalid pattern "(" in lexicon xx negation.verdicts: '),
    );
  });
});
