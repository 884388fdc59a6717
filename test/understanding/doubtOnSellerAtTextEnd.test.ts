// A seller named last, with no full stop after it ("Maybe they bought the Azure from a hosting
// provider"), is inside the doubt all the same: the product is stated and the channel asked,
// naming the seller.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('kind: a doubted seller that ends the message unpunctuated asks the channel', () => {
  it('en-US: Maybe they bought the Azure from a hosting provider', () => {
    const got = understand('Maybe they bought the Azure from a hosting provider');
    assert.deepStrictEqual(
      { answers: got.answers, conflicts: got.conflicts, said: got.said },
      { answers: { service: 'usage' }, conflicts: ['channel'], said: { channel: ['hosting provider'] } },
    );
  });
});
