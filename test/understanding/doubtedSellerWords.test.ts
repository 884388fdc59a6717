// A doubt on who sold a product that is stated ("maybe they bought the Azure from a software
// retailer") asks the channel back with the seller's words: each seller once, in its longest words,
// only those said inside the doubt, and also a seller written right after the product with no space
// between (Chinese).
import * as assert from 'assert';
import { Answers } from '../../src/domain/questions';
import { understand } from '../../src/domain/understanding';

const cases: [lang: string, text: string, answers: Answers, sellers: string[]][] = [
  // "software retailer" holds "retailer" (the Hungarian lexicon's word too): named once, whole.
  ['en-US', 'Maybe they bought the Azure from a software retailer', { service: 'usage' }, ['software retailer']],
  // The hosting provider of the next sentence is outside the doubt.
  ['en-US', 'Maybe they bought the Azure from a reseller. The hosting provider is new.', { service: 'usage' }, ['reseller']],
  // "a company called Best Store" holds the English "store": the whole company is named.
  ['zh-CN', '不确定Azure是不是一家叫Best Store的公司卖的', { service: 'usage' }, ['一家叫Best Store的公司']],
  ['zh-CN', '不确定Azure代理商是谁', { service: 'usage' }, ['代理商']],
  ['zh-CN', '也许Office 365服务商卖给他们的', { service: 'license' }, ['服务商']],
];

describe('doubt: the sellers a doubt is about are named back in their own words', () => {
  for (const [lang, text, answers, sellers] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = understand(text);
      assert.deepStrictEqual(
        { answers: got.answers, conflicts: got.conflicts, channel: got.said?.channel },
        { answers, conflicts: ['channel'], channel: sellers },
      );
    });
  }
});
