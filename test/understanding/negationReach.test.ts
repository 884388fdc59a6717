// How far a negation before a mention reaches (src/domain/understanding/negation.ts): three
// words, two Chinese characters counting as one word; one word further and the mention is read
// as stated. Each case was checked against the reach counted wrongly (no word counted, a Latin
// word or a Chinese character not counted, every word counted one more): each fails.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

const REACHED: [lang: string, text: string][] = [
  ['en-US', 'not really the old EA'],
  ['ru-RU', 'не через наш старый EA'],
  ['pt-BR', 'não pelo nosso antigo EA'],
  // Six characters: three words.
  ['zh-CN', '不是通过我们老的 EA'],
];

const BEYOND: [lang: string, text: string][] = [
  ['en-US', 'not really the old big EA'],
  ['ru-RU', 'не через наш старый большой EA'],
  ['pt-BR', 'não pelo nosso antigo grande EA'],
  // Eight characters: four words.
  ['zh-CN', '不是通过我们公司老的 EA'],
];

describe('a negation reaches three words (two Chinese characters a word), not four', () => {
  for (const [lang, text] of REACHED)
    it(`${lang}: "${text}" negates the channel`, () => {
      const got = understand(text);
      assert.deepStrictEqual({ answers: got.answers, negated: got.negated }, { answers: {}, negated: ['channel'] });
    });
  for (const [lang, text] of BEYOND)
    it(`${lang}: "${text}" states the channel`, () => {
      const got = understand(text);
      assert.deepStrictEqual({ answers: got.answers, negated: got.negated }, { answers: { channel: 'ea' }, negated: [] });
    });
});

describe('a negation written against the word before it (Chinese, no space) still takes the next mention', () => {
  it('zh-CN: "Azure不是通过 EA 买的" does not state EA', () => {
    // Touching a mention is not overlapping it: the negation is its own and reaches the channel.
    const got = understand('Azure不是通过 EA 买的');
    assert.strictEqual(got.answers.channel, undefined);
    assert.ok(got.negated.includes('channel'), JSON.stringify(got.negated));
  });
});

describe('an uncertainty takes the next answer, past words that name none', () => {
  it('en-US: "not sure if the account manager bought it via EA" leaves the channel open', () => {
    // "account manager" is a mention that answers no question (a blocked word): the uncertainty
    // belongs to the channel after it, not to it.
    assert.deepStrictEqual(understand('the account manager bought it via EA').answers, { channel: 'ea' });
    assert.deepStrictEqual(understand('not sure if the account manager bought it via EA').answers, {});
  });
});
