// The rules of src/domain/understanding/desire.ts (which of two goals a message wants) one at a
// time, each written against a mutant that survived or a slip it showed (docs/testing.md, twelfth
// pass). Each was checked with the rule broken by hand: the test fails.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

function goal(text: string): { answer?: string; conflict: boolean } {
  const got = understand(text);
  return { answer: got.answers.goal, conflict: got.conflicts.includes('goal') };
}

describe('desire rules: a word of wanting that carries on a wish told as past is that past wish', () => {
  // "wanted to ask for a migration" tells one wish, as past: "ask for" is no wish now, and the goal
  // said after it ("support only") is the one the customer wants.
  for (const [lang, text] of [
    ['en-US', 'The customer originally wanted to ask for a migration to us; after the CFO joined it became support only.'],
    ['pt-BR', 'O cliente queria pedir a migração para nós, depois que o CFO entrou virou só suporte.'],
    // Chinese writes the two words against each other: "本来想" (wanted once), then "要求" (ask for).
    ['zh-CN', '客户本来想要求迁移到我们这里，CFO 加入之后变成了只做支持。'],
    // Russian and Hungarian say it with the past verb alone; the same reading.
    ['ru-RU', 'Клиент изначально хотели перенести всё к нам, после прихода CFO стало только поддержка.'],
    ['hu-HU', 'Az ügyfél eredetileg át akarták hozni hozzánk, a CFO érkezése után csak támogatás lett.'],
  ]) {
    it(`${lang}: ${text}`, () => {
      assert.deepStrictEqual(goal(text), { answer: 'support', conflict: false });
    });
  }
  it('a word of wanting more than a word after the past wish is a wish of its own', () => {
    // "want" is three words after "wanted": the wish now, which settles the goal.
    assert.deepStrictEqual(goal('They wanted nothing and now want support. Last year we moved offices.'), { answer: 'support', conflict: false });
  });
});

describe('desire rules: where two words touch (Chinese writes them without a space)', () => {
  it('a word of wanting of one character that ends a sentence reaches no goal of the next', () => {
    // "还在想" (still thinking) closes its sentence: last year's move is no goal wanted.
    assert.notStrictEqual(goal('他们说还在想。去年我们迁移过办公室。现在只做支持。').answer, 'move');
  });
  it('a word of wanting written right before a wish told as past is a wish now', () => {
    // "需要" (needs) ends where "原来想要" (wanted at first) begins: the customer needs the migration.
    assert.deepStrictEqual(goal('客户需要原来想要的迁移。去年我们只做过支持。'), { answer: 'move', conflict: false });
  });
  it('a word of wanting written right after the goal, in its clause, wants it', () => {
    // "支持需要继续做": support needs to go on; the move is last year's story.
    assert.deepStrictEqual(goal('去年我们迁移了办公室，现在支持需要继续做。'), { answer: 'support', conflict: false });
  });
  it('a different goal written right against a goal wanted once is said with it, not after it', () => {
    // "本来想迁移支持": which of the two was wanted is left open, asked.
    assert.deepStrictEqual(goal('客户本来想迁移支持。'), { answer: undefined, conflict: true });
  });
  it("a wish told as past that opens the goal's own words makes it a goal wanted once", () => {
    // «хотели к нам» (wanted to come to us) is a move said as past: the support agreed on after it is the goal.
    assert.deepStrictEqual(goal('Сначала они хотели к нам, потом договорились только о поддержке.'), { answer: 'support', conflict: false });
  });
});
