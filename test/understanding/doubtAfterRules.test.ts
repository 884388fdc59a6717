// What a doubt said after an answer ("EA probably", «EA наверное») doubts, in
// src/domain/understanding/negation.ts, each rule written against a mutant that survived
// (docs/testing.md, twelfth pass) and checked with the rule broken by hand: the test fails.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('doubt rules: a doubt after an answer, run on into more words', () => {
  // The doubt closes no clause: it may doubt the answer before it or the one after it, so both
  // are asked back, neither read.
  for (const [lang, text] of [
    ['en-US', 'They bought it through EA probably Microsoft 365.'],
    ['ru-RU', 'Купили через EA наверное Microsoft 365.'],
    ['pt-BR', 'Compraram pelo EA provavelmente Microsoft 365.'],
  ]) {
    it(`${lang}: ${text} doubts the channel before it and the service after it`, () => {
      const got = understand(text);
      assert.deepStrictEqual({ answers: got.answers, hedged: got.hedged }, { answers: {}, hedged: { channel: 'ea', service: 'license' } });
    });
  }
});

describe('doubt rules: after a comma, a doubt run on to an answer opens its clause', () => {
  it('an answer written right against the doubt (Chinese) is in its clause: the answer before the comma is not doubted', () => {
    // "或者不是EA": "or not" opens the clause of EA; the global cloud said before the comma stands.
    const got = understand('客户用的是全球版，或者不是EA');
    assert.deepStrictEqual({ cloud: got.answers.cloud, hedged: got.hedged?.cloud }, { cloud: 'global', hedged: undefined });
  });
});
