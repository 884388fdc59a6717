// Kind "goalWords": a customer's own words quoted, "we want to pay you … instead of Microsoft",
// ask the partner to take over the billing: the goal is a move. Paying the partner for support is not.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('kind: goalWords, "pay you instead of" in the customer\'s words', () => {
  it('en-US: "We want to pay you for the Office 365 licences instead of Microsoft" reads a move', () => {
    const read = understand('We want to pay you for the Office 365 licences instead of Microsoft');
    assert.strictEqual(read.answers.goal, 'move');
  });
  it('en-US: "they\'d rather pay you guys instead of their old reseller" reads a move', () => {
    assert.strictEqual(understand("Office 365 customer, they'd rather pay you guys instead of their old reseller").answers.goal, 'move');
  });
  it('en-US: "we pay you for the support" reads no move', () => {
    assert.notStrictEqual(understand('Office 365: we want to pay you for the support, billing stays with Microsoft').answers.goal, 'move');
  });
});
