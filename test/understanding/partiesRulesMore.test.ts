// Whose words a mention is (src/domain/understanding/parties.ts): the edges the rules' tests
// (parties.test.ts, partiesRules.test.ts) still left open after the tenth mutation pass, mostly in
// Chinese, which has no spaces, so a word can touch a mark or the next word: where a sentence or a
// clause begins when a one-character word stands right against its mark, a mark right after a
// role, two words for "we" in one clause, a word for this case touching the other case's words.
// Each rule is called on a prepared message with its mentions placed by hand (a mention one
// character long included: the rules take spans, whatever words the lexicons hold).
import * as assert from 'assert';
import { attributeRoles, formerAdvisor, neitherCspNorSyndication, otherCases, sellersNotCsp } from '../../src/domain/understanding/parties';

import { Said, read, setUp } from './partiesSetUp';

const sold = (text: string, spans: ReadonlyArray<{ start: number; end: number }>): string[] => spans.map((s) => text.slice(s.start, s.end));

describe("partiesRulesMore: a mention's sentence begins right after the mark before it, a one-character mention right against its own mark too", () => {
  // "通过我们" (through us) in the Advisor mention's own sentence: a purchase from the partner.
  for (const mark of ['.', '?'])
    it(`"客户通过我们购买的顾${mark}" with the Advisor mention on "顾" reads formerAdvisor`, () => {
      const { text, mentions, lexicons } = setUp(`客户通过我们购买的顾${mark}`, [['顾', 'channel', 'advisor']]);
      formerAdvisor(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), ['formerAdvisor']);
    });
});

describe('partiesRulesMore: neither CSP nor syndication, the sentence beginning right after the mark before the syndication', () => {
  // The negated "CSP" before a one-character syndication mention that touches its own mark.
  for (const mark of ['.', '?'])
    it(`"不是CSP也不是联${mark}" with the syndication mention on "联" reads thirdParty`, () => {
      const { text, mentions, lexicons } = setUp(`不是CSP也不是联${mark}`, [['联', 'channel', 'syndication', true]]);
      neitherCspNorSyndication(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), ['thirdParty']);
    });
  it('a channel one character long right before the mark of the sentence before is no channel of this sentence', () => {
    const { text, mentions, lexicons } = setUp('直.不是CSP也不是联合销售合作伙伴', [
      ['直', 'channel', 'microsoft'],
      ['联合销售合作伙伴', 'channel', 'syndication', true],
    ]);
    neitherCspNorSyndication(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['microsoft', 'thirdParty']);
  });
});

describe("partiesRulesMore: a seller said not to be a CSP stands in the negation's sentence, or in the one before a sentence that opens with it", () => {
  it('"他们在网店.不是CSP": the shop of the sentence before is the seller of an afterthought', () => {
    const { text, mentions, lexicons } = setUp('他们在网店.不是CSP', []);
    assert.deepStrictEqual(sold(text, sellersNotCsp(text, mentions, lexicons)), ['店.不是csp']);
  });
  it('"他们在网店.他们说不是CSP": a sentence with words of its own before the negation does not reach back', () => {
    const { text, mentions, lexicons } = setUp('他们在网店.他们说不是CSP', []);
    assert.deepStrictEqual(sold(text, sellersNotCsp(text, mentions, lexicons)), []);
  });
  it('"他们在网店?不是CSP": a question mark ends the sentence before as a stop does', () => {
    const { text, mentions, lexicons } = setUp('他们在网店?不是CSP', []);
    assert.deepStrictEqual(sold(text, sellersNotCsp(text, mentions, lexicons)), ['店?不是csp']);
  });
  it('"他们在网店,不是CSP": in one sentence, the shop is that seller', () => {
    const { text, mentions, lexicons } = setUp('他们在网店,不是CSP', []);
    assert.deepStrictEqual(sold(text, sellersNotCsp(text, mentions, lexicons)), ['店,不是csp']);
  });
});

describe("partiesRulesMore: a role's clause begins right after the comma or mark before it, whatever touches that mark", () => {
  const DISTRIBUTOR = (words: string): Said => [words, 'partnerType', 'indirectProvider'];
  const cases: [message: string, role: string, expected: string][] = [
    // "他" (him) right before the comma is the clause before's: the role stays the partner's.
    ['我们昨天问了他,是分销商', '分销商', 'indirectProvider'],
    // "他们的" in the role's own clause, the role one character long right against the mark that ends it.
    ['我们昨天听说他们的分,', '分', '-'],
    ['我们昨天听说他们的分.', '分', '-'],
    ['我们昨天听说他们的分?', '分', '-'],
  ];
  for (const [message, role, expected] of cases)
    it(`"${message}" reads ${expected}`, () => {
      const { text, mentions, lexicons } = setUp(message, [DISTRIBUTOR(role)]);
      attributeRoles(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), [expected]);
    });
});

describe('partiesRulesMore: an owner right after a comma that touches the role is an aside only where the message opened one', () => {
  // "分销商，是客户的" typed with a comma; "分销商（是客户的）" where a parenthesis opened at the comma.
  const cases: [aside: boolean, expected: string][] = [
    [false, 'indirectProvider'],
    [true, '-'],
  ];
  for (const [aside, expected] of cases)
    it(`"分销商,是客户的" ${aside ? 'with' : 'without'} an aside opened at the comma reads ${expected}`, () => {
      const { text, mentions, lexicons } = setUp('分销商,是客户的', [['分销商', 'partnerType', 'indirectProvider']]);
      attributeRoles(text, mentions, lexicons, (at) => aside && at === text.indexOf(','));
      assert.deepStrictEqual(read(mentions), [expected]);
    });
});

describe('partiesRulesMore: the "we" nearest the role in its clause decides, in whichever language', () => {
  it('"мы слышали что they think we are the distributor" keeps the role the partner\'s', () => {
    const { text, mentions, lexicons } = setUp('Мы слышали что they think we are the distributor', [['distributor', 'partnerType', 'indirectProvider']]);
    attributeRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['indirectProvider']);
  });
});

describe("partiesRulesMore: only the role's own word in a form that says whose it is makes it another party's", () => {
  // "disztribútoruk" (their distributor) inside the role's words, not its own last word.
  it('"a disztribútoruk alatt dolgozó viszonteladó" stays the partner\'s role', () => {
    const { text, mentions, lexicons } = setUp('A disztribútoruk alatt dolgozó viszonteladó.', [
      ['disztributoruk alatt dolgozo viszontelado', 'partnerType', 'indirectReseller'],
    ]);
    attributeRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['indirectReseller']);
  });
});

describe('partiesRulesMore: a "we" after the first party word opening the sentence keeps a role ours, another party word after it notwithstanding', () => {
  it('"他跟我客户说,以前是分销商" keeps the role the partner\'s', () => {
    const { text, mentions, lexicons } = setUp('他跟我客户说,以前是分销商', [['分销商', 'partnerType', 'indirectProvider']]);
    attributeRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['indirectProvider']);
  });
});

describe('partiesRulesMore: another case speaks from its own first word to a word for this case, touching or not, or to the mark', () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    // "这个客户" right after "另一个客户": this customer's EA stays an answer.
    ['另一个客户这个客户用EA', [['ea', 'channel', 'ea']], ['ea']],
    // A mention ending right at the sentence's mark, or beginning with the other case's words, is the other case's.
    ['另一个客户是直购.', [['直购', 'channel', 'microsoft']], ['-']],
    ['母公司直购.', [['母公司直购', 'channel', 'microsoft']], ['-']],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      otherCases(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
});

describe('partiesRulesMore: a denial right after a role denies it, touching it too, unless an answer or a "we" stands between', () => {
  const DISTRIBUTOR: Said = ['distributor', 'partnerType', 'indirectProvider'];
  const cases: [message: string, said: Said[], expected: string[]][] = [
    // A word that answers nothing (a mention that lost its question) is no answer between.
    ["The distributor big, but that's not us.", [DISTRIBUTOR, ['big', undefined, 'none']], ['-', '-']],
    // An answer between: the denial is of that answer (the nearer role), not of the first role.
    ["The distributor T1, but that's not us.", [DISTRIBUTOR, ['t1', 'partnerType', 'direct']], ['indirectProvider', '-']],
    // "不是咱们" right against the role (no space in Chinese).
    ['分销商不是咱们.', [['分销商', 'partnerType', 'indirectProvider']], ['-']],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      attributeRoles(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
});

describe('partiesRulesMore: a denial is the whole clause right after the role, one unit at most between, ending the message or at a mark', () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    // Ending the message, no mark after it.
    ['分销商不是咱们', [['分销商', 'partnerType', 'indirectProvider']], ['-']],
    // In the next sentence, or two units away (a comma counts as a space between words): no denial of the role.
    ['分销商.不是咱们.', [['分销商', 'partnerType', 'indirectProvider']], ['indirectProvider']],
    ["The distributor over there, but that's not us.", [['distributor', 'partnerType', 'indirectProvider']], ['indirectProvider']],
    ['分销商大,小不是咱们.', [['分销商', 'partnerType', 'indirectProvider']], ['indirectProvider']],
    // An answer touching both the role and the denial stands between them (Chinese).
    [
      '分销商直签不是咱们.',
      [
        ['分销商', 'partnerType', 'indirectProvider'],
        ['直签', 'partnerType', 'direct'],
      ],
      ['indirectProvider', '-'],
    ],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      attributeRoles(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
});

describe('partiesRulesMore: a seller word opening a sentence is another party only when it is no answer itself', () => {
  it('"Reseller before, T1 now." keeps both roles the partner\'s', () => {
    const { text, mentions, lexicons } = setUp('Reseller before, T1 now.', [
      ['reseller', 'partnerType', 'indirectReseller'],
      ['t1', 'partnerType', 'direct'],
    ]);
    attributeRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['indirectReseller', 'direct']);
  });
  it('a seller word whose mention lost its question is a party again: "Reseller before, T1 now." then speaks of the reseller', () => {
    const { text, mentions, lexicons } = setUp('Reseller before, T1 now.', [
      ['reseller', undefined, 'none'],
      ['t1', 'partnerType', 'direct'],
    ]);
    attributeRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['-', '-']);
  });
});
