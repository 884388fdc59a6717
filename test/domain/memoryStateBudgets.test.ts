// The in-memory state store's budgets (src/domain/memoryStateBudgets.ts), from tables written by
// hand: what an entry costs, which entries are kept apart, and when a write of one is refused.
import { strict as assert } from 'assert';
import { entryCost, isKeptKey, keptItemsOverBudget } from '../../src/domain/memoryStateBudgets';

describe('In-memory state: its budgets', () => {
  it('counts an entry as its key and text at two bytes a character, and its record', () => {
    assert.equal(entryCost('', ''), 128);
    assert.equal(entryCost('conv/1', '{"a":1}'), 2 * (6 + 7) + 128);
  });

  it("keeps the open items' entries apart, and nothing else", () => {
    const rows: [string, boolean][] = [
      ['cases/item/gdap-1', true],
      ['cases/owners/aad:t:o', true],
      ['cases', false],
      ['msteams/conversations/cases/', false],
      ['webchat/users/cases', false],
    ];
    for (const [key, expected] of rows) assert.equal(isKeptKey(key), expected, key);
  });

  it("refuses an open item's write that would take the open items beyond their bytes, counting what it replaces", () => {
    const key = 'cases/item/x';
    const cost = (text: string): number => entryCost(key, text);
    const rows: [string, number, string, string | undefined, number, boolean][] = [
      ['a new item that fits exactly', 1_000, 'a'.repeat(10), undefined, 1_000 + cost('a'.repeat(10)), false],
      ['a new item one byte over', 1_000, 'a'.repeat(10), undefined, 1_000 + cost('a'.repeat(10)) - 1, true],
      ['a replacement no larger than what it replaces, with the budget full', 1_000, 'bb', 'aaaa', 1_000, false],
      ['a replacement larger than what it replaces, with the budget full', 1_000, 'aaaa', 'bb', 1_000, true],
    ];
    for (const [what, kept, text, was, max, expected] of rows) assert.equal(keptItemsOverBudget(kept, key, text, was, max), expected, what);
  });
});
