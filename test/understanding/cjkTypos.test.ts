// The Chinese typo rules of src/domain/understanding/cjkTolerance.ts, on the terms a test gives
// (a few made up to stand for a case the lexicons may one day hold). Each case was checked against
// the rule broken by hand (the places any character may differ moved, ambiguity ignored, a corrected
// term not marked as a word, characters outside the BMP not left alone, a window cut short or
// holding other letters taken, the known runs not marked, a pattern's variant without Chinese
// added, two characters without a reading taken as of one sound): each fails.
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
