// The Chinese typo rules of src/domain/understanding/cjkTolerance.ts, on the terms a test gives
// (a few made up to stand for a case the lexicons may one day hold). Each case was checked against
// the rule broken by hand (the places any character may differ moved, ambiguity ignored, a corrected
// term not marked as a word, characters outside the BMP not left alone, a window cut short or
// holding other letters taken, the known runs not marked, a pattern's variant without Chinese
// added, two characters without a reading taken as of one sound, the first character read by
// its sound without its guards or keeping the shorter of two forms): each fails.
import * as assert from 'assert';
import { cjkTerms, correctCjk, sameSound } from '../../src/domain/understanding/cjkTolerance';

const AGREEMENT = cjkTerms(['企业协议']);

describe('a term of four characters may differ in any character but the first two and the last', () => {
  it('"企业合议" (third character, another sound) is read as 企业协议, and the text after it is kept', () => {
    assert.strictEqual(correctCjk('企业合议买的', AGREEMENT), '企业协议买的');
  });
  it('"企合协议" (second character, another sound) is left as it is', () => {
    assert.strictEqual(correctCjk('企合协议', AGREEMENT), '企合协议');
  });
});

describe('only a whole window of Chinese characters is compared with a term', () => {
  it('a term cut off by the end of the message ("通过企业合") is not completed', () => {
    assert.strictEqual(correctCjk('通过企业合', AGREEMENT), '通过企业合');
  });
  it('a Latin letter inside the window ("企业a议") is no typo of a Chinese character', () => {
    assert.strictEqual(correctCjk('企业a议', AGREEMENT), '企业a议');
  });
  it('a message with a character outside the BMP ("🙂企业合议") is left as it is', () => {
    assert.strictEqual(correctCjk('🙂企业合议', AGREEMENT), '🙂企业合议');
  });
});

describe('a window one character off two terms is left as it is', () => {
  it('"企业合议" is as near 企业协议 as 企业会议: neither is taken', () => {
    assert.strictEqual(correctCjk('企业合议', cjkTerms(['企业协议', '企业会议'])), '企业合议');
  });
});

describe('the characters of a known or corrected term are words, not typos of another term', () => {
  it('"分销商" is not read as a made-up term of the same sound, 分销伤', () => {
    assert.strictEqual(correctCjk('分销商', cjkTerms(['分销商', '分销伤'])), '分销商');
  });
  it('"企业合议" corrected to 企业协议 is not then read as 协意 (议 and 意 sound the same)', () => {
    assert.strictEqual(correctCjk('企业合议', cjkTerms(['企业协议', '协意'])), '企业协议');
  });
});

describe('a typo that fits a term and its own longer form is one reading, the longer', () => {
  // 府运 (made up) is one character off 府云: it would be read if 云 were not kept as part of the
  // longer term.
  it('"美国正府云" reads 美国政府云 whichever of the two the lexicons list first', () => {
    assert.strictEqual(correctCjk('美国正府云', cjkTerms(['美国政府', '美国政府云', '府运'])), '美国政府云');
    assert.strictEqual(correctCjk('美国正府云', cjkTerms(['美国政府云', '美国政府', '府运'])), '美国政府云');
  });
});

describe('a pattern gives the terms of at most 32 variants', () => {
  it('five optional groups (32 variants) give their terms, six (64) none', () => {
    assert.ok(cjkTerms(['(甲乙)?(丙丁)?(戊己)?(庚辛)?(壬癸)?']).all.has('甲乙丙丁戊己庚辛壬癸'));
    assert.strictEqual(cjkTerms(['(甲乙)?(丙丁)?(戊己)?(庚辛)?(壬癸)?(子丑)?']).all.size, 0);
  });
});

describe('the first character of a term may differ only by its sound, when the lexicons never write it', () => {
  it('"帐单" is read as 账单 (帐 and 账 sound the same, and no term writes 帐)', () => {
    assert.strictEqual(correctCjk('帐单', cjkTerms(['账单'])), '账单');
  });
  it('"知持" is no 支持: 知 is a character the lexicons write (in 知道)', () => {
    assert.strictEqual(correctCjk('知持', cjkTerms(['支持', '知道'])), '知持');
  });
  it('only when the rest of the term follows as written: "帐单很多" is no 账单明细', () => {
    assert.strictEqual(correctCjk('帐单很多', cjkTerms(['账单明细'])), '帐单很多');
  });
  it('never for a term that begins with a negation or a particle: "药求" is no 要求', () => {
    assert.strictEqual(correctCjk('药求', cjkTerms(['要求'])), '药求');
  });
  it('"之持" fits 支持 and 知持 (made up) alike: neither is taken', () => {
    assert.strictEqual(correctCjk('之持', cjkTerms(['支持', '知持'])), '之持');
  });
  // 明戏 (made up) is one character off 明细: it would be read if 细 were not kept as part of
  // the longer term.
  it('"帐单明细" fits 账单 and its longer form 账单明细: the longer is read, whichever the lexicons list first', () => {
    assert.strictEqual(correctCjk('帐单明细', cjkTerms(['账单', '账单明细', '明戏'])), '账单明细');
    assert.strictEqual(correctCjk('帐单明细', cjkTerms(['账单明细', '账单', '明戏'])), '账单明细');
  });
});

describe('the terms of a pattern are its Chinese runs only', () => {
  it('"(微软)?azure" gives 微软 and nothing for its variant without Chinese', () => {
    assert.deepStrictEqual([...cjkTerms(['(微软)?azure']).all], ['微软']);
  });
});

describe('two characters without a reading are not of one sound', () => {
  it('犇 and 骉 (outside GB 2312 level 1) are not read as the same sound', () => {
    assert.strictEqual(sameSound('犇', '骉'), false);
  });
});
