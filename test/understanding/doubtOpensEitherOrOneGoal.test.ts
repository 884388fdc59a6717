// "The customer is undecided: either keep Office 365 where it is, or move the subscriptions to
// us", "客户不确定要么保留…，要么迁到我们这边" (the doubt written straight on to its "or"): a doubt that opens an either/or doubts the choice; when only one option is a goal (the move),
// that goal is what is doubted, asked back by name, not answered.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('hedge: a doubt opening an either/or with one goal among its options doubts that goal', () => {
  for (const text of [
    'The customer is undecided: either keep Office 365 where it is, or move the subscriptions to us.',
    'Клиент колеблется: либо оставить Office 365 как есть, либо перевести подписки к нам.',
    '客户不确定要么保留Office 365，要么迁到我们这边。',
  ]) {
    it(text, () => {
      const got = understand(text);
      assert.strictEqual(got.answers.goal, undefined);
      assert.strictEqual(got.hedged?.goal, 'move');
    });
  }
});
