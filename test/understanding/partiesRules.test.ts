// Whose words a mention is (src/domain/understanding/parties.ts): the edges of each rule that the
// rules' own tests (parties.test.ts) left open after the tenth mutation pass, one rule a case: a
// word of another sentence, a bound met exactly in Chinese (no spaces, so a word can touch the
// next one), a sentence with no closing mark, the default of an optional argument. Each rule is
// called on a prepared message with its mentions placed by hand, as in parties.test.ts.
import * as assert from 'assert';
import { attributeRoles, formerAdvisor, neitherCspNorSyndication, ownSupply, sellersNotCsp, supplierRoles } from '../../src/domain/understanding/parties';
import { unsureRoles } from '../../src/domain/understanding/unsureRoles';

import { Said, UnsureCase, checkUnsure, read, setUp } from './partiesSetUp';

describe('partiesRules: a sale right after "we", with no other party touching either, is the partner\'s own', () => {
  const cases: [message: string, expected: string][] = [
    // 我们 ends where 卖给 begins: the sale is ours.
    ['我们卖给客户的是advisor', 'formerAdvisor'],
    // 客户 between them, touching both: the customer's sale.
    ['我们客户卖给的是advisor', 'advisor'],
  ];
  for (const [message, expected] of cases)
    it(`"${message}" reads ${expected}`, () => {
      const { text, mentions, lexicons } = setUp(message, [['advisor', 'channel', 'advisor']]);
      formerAdvisor(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), [expected]);
    });
});

describe("partiesRules: buying from Microsoft is the partner's own supply when a resale is anywhere in its sentence, ends included", () => {
  const MICROSOFT = (words: string): Said => [words, 'channel', 'microsoft'];
  const cases: [message: string, words: string, expected: string][] = [
    // A resale in another sentence does not count, one in this sentence does.
    ['We resell. We buy from Microsoft and resell.', 'microsoft', '-'],
    // The resale word opening the sentence, or ending right at its mark.
    ['进货都是从微软直接买.', '微软', '-'],
    ['我们从微软进货.', '微软', '-'],
    // Another party in an earlier sentence is no party of this one; one right against the purchase is.
    ['The customer is fine. We buy from Microsoft and resell.', 'microsoft', '-'],
    ['客户微软直购，我们进货.', '微软', 'microsoft'],
  ];
  for (const [message, words, expected] of cases)
    it(`"${message}" reads ${expected}`, () => {
      const { text, mentions, lexicons } = setUp(message, [MICROSOFT(words)]);
      ownSupply(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), [expected]);
    });
});

describe('partiesRules: neither CSP nor syndication within reach of each other in its sentence, whatever ends it', () => {
  const SYNDICATION: Said = ['syndication', 'channel', 'syndication', true];
  const cases: [message: string, said: Said[], expected: string[]][] = [
    // No closing mark: the sentence runs to the end of the message.
    ['Not syndication and not CSP', [SYNDICATION], ['thirdParty']],
    // A channel of its own at the very start of the message is in the sentence.
    ['EA, not CSP and not syndication.', [['ea', 'channel', 'ea'], SYNDICATION], ['ea', 'syndication']],
    // "CSP" more than 60 characters after the syndication, in the same sentence: out of reach.
    ['Not syndication and that was the case for a great many years in a row, not CSP.', [SYNDICATION], ['syndication']],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      neitherCspNorSyndication(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
});

describe("partiesRules: a seller word is the partner's role only where a role mention overlaps it, not where one touches it", () => {
  const message = 'They bought from a hosting company (not a CSP).';
  const cases: [role: string, expected: string[]][] = [
    ['bought from a ', ['hosting company not a csp']],
    [' not', ['hosting company not a csp']],
    ['hosting', []],
  ];
  for (const [role, expected] of cases)
    it(`a role on "${role}" reads ${expected.length === 0 ? 'no third party' : expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, [[role, 'partnerType', 'direct']]);
      assert.deepStrictEqual(
        sellersNotCsp(text, mentions, lexicons).map((s) => text.slice(s.start, s.end)),
        expected,
      );
    });
});

describe('partiesRules: without a parenthesis said to open there, no gloss and no aside', () => {
  const DISTRIBUTOR: Said = ['distributor', 'partnerType', 'indirectProvider'];
  it('a Chinese word before a provider is no gloss unless the message opened one', () => {
    const { text, mentions, lexicons } = setUp('我们是间接经销商，通过代理商，distributor 下单', [DISTRIBUTOR]);
    supplierRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['indirectProvider']);
  });
  it('an owner after a comma is no aside unless the message opened one', () => {
    const { text, mentions, lexicons } = setUp('The distributor, of the customer.', [DISTRIBUTOR]);
    attributeRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['indirectProvider']);
  });
});

describe('partiesRules: an aside right after a role names its owner only when one word at most, and no mark, comes before the owner', () => {
  const DISTRIBUTOR: Said = ['distributor', 'partnerType', 'indirectProvider'];
  const cases: [message: string, asideAt: string, expected: string][] = [
    ['The distributor, big of the customer.', ' , big', '-'],
    ['The distributor big, of the customer.', ' , of', 'indirectProvider'],
  ];
  for (const [message, asideAt, expected] of cases)
    it(`"${message}" reads ${expected}`, () => {
      const { text, mentions, lexicons } = setUp(message, [DISTRIBUTOR]);
      const aside = text.indexOf(asideAt) + 1;
      attributeRoles(text, mentions, lexicons, (k) => k === aside);
      assert.deepStrictEqual(read(mentions), [expected]);
    });
});

describe('partiesRules: a seller before a negated "CSP", two words at most between negation and "CSP", in one sentence', () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    // The negation before "CSP", never after it; two words between them are still near.
    ['A hosting company CSP not.', [], []],
    ['A hosting company not a real CSP.', [], ['hosting company not a real csp']],
    // The seller opening the message, or touching the negation (Chinese); never after the negation.
    ['Hosting company not a CSP.', [], ['hosting company not a csp']],
    ['主机托管商不是CSP', [], ['主机托管商不是csp']],
    ['Not a CSP, a hosting company.', [], []],
    // A channel opening the message is in the sentence.
    ['EA from a hosting company, not a CSP.', [['ea', 'channel', 'ea']], []],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.length === 0 ? 'no third party' : expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      assert.deepStrictEqual(
        sellersNotCsp(text, mentions, lexicons).map((s) => text.slice(s.start, s.end)),
        expected,
      );
    });
});

describe('partiesRules: a provider after "through" is the supplier only with no "we" between, even touching both (Chinese)', () => {
  const PROVIDER: Said = ['代理商', 'partnerType', 'indirectProvider'];
  it('"通过我们代理商" keeps the provider the partner\'s role', () => {
    const { text, mentions, lexicons } = setUp('我们通过我们代理商下单', [PROVIDER]);
    supplierRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['indirectProvider']);
  });
  it('a "we" that ends right where the provider begins keeps it the partner\'s role, in a gloss too', () => {
    const { text, mentions, lexicons } = setUp('通过我们distributor', [['distributor', 'partnerType', 'indirectProvider']]);
    supplierRoles(text, mentions, lexicons, () => true);
    assert.deepStrictEqual(read(mentions), ['indirectProvider']);
  });
  it('"通过代理商下单" makes it the supplier', () => {
    const { text, mentions, lexicons } = setUp('我们通过代理商下单', [PROVIDER]);
    supplierRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['indirectReseller']);
  });
});

describe('partiesRules: a gloss is one to four Chinese characters right before the opened parenthesis, a comma optional', () => {
  const cases: [message: string, provider: string, expected: string][] = [
    // Read as "通过代理商（distributor）" with the brackets gone: no comma, no space.
    ['通过代理商distributor', 'distributor', 'indirectReseller'],
    // Five characters are no gloss; words after the comma are no gloss either.
    ['通过大型代理商，distributor', 'distributor', 'indirectProvider'],
    ['通过代理商，大型的 distributor', 'distributor', 'indirectProvider'],
    // A Chinese provider after the comma: no space between.
    ['通过代理商，分销商下单', '分销商', 'indirectReseller'],
  ];
  for (const [message, provider, expected] of cases)
    it(`"${message}" with a parenthesis opened anywhere reads ${expected}`, () => {
      const { text, mentions, lexicons } = setUp(message, [[provider, 'partnerType', 'indirectProvider']]);
      supplierRoles(text, mentions, lexicons, () => true);
      assert.deepStrictEqual(read(mentions), [expected]);
    });
});

describe('partiesRules: whose a role is, by "we are the customer\'s" right before it, and by a party opening its sentence', () => {
  const DISTRIBUTOR = (words: string): Said => [words, 'partnerType', 'indirectProvider'];
  const cases: [message: string, role: string, expected: string][] = [
    // "We are the customer's" only right before the role, never after it or words away.
    ["Their distributor, we are the customer's.", 'distributor', '-'],
    ["We are the customer's partner, their distributor.", 'distributor', '-'],
    // A party opening the sentence: "we" after the comma that closes the role's clause is another clause's.
    ['他们的伙伴，以前是分销商，我们是T1。', '分销商', '-'],
  ];
  for (const [message, role, expected] of cases)
    it(`"${message}" reads ${expected}`, () => {
      const { text, mentions, lexicons } = setUp(message, [DISTRIBUTOR(role)]);
      attributeRoles(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), [expected]);
    });
});

describe('partiesRules: two words for the role joined by an "or" between them, no other party between, any other role aside', () => {
  const ROLE = (words: string): Said => [words, 'partnerType', 'indirectProvider'];
  const cases: UnsureCase[] = [
    // A role of another answer elsewhere in the message leaves this pair open.
    [
      'We are a T2 or a distributor. We were direct.',
      [ROLE('t2'), ROLE('distributor'), ['direct', 'partnerType', 'direct']],
      ['indirectProvider', 'indirectProvider', 'direct'],
      [['t2', 'distributor']],
    ],
    // An "or" before both, or a party before both, is not between them.
    ['Or else, we are a T2 and a distributor.', [ROLE('t2'), ROLE('distributor')], ['indirectProvider', 'indirectProvider'], []],
    ['They say we are a T2 or a distributor.', [ROLE('t2'), ROLE('distributor')], ['indirectProvider', 'indirectProvider'], [['t2', 'distributor']]],
    // A party touching either word is between them (Chinese).
    ['分销商他们还是代理商', [ROLE('分销商'), ROLE('代理商')], ['indirectProvider', 'indirectProvider'], []],
    ['分销商还是他们代理商', [ROLE('分销商'), ROLE('代理商')], ['indirectProvider', 'indirectProvider'], []],
    // A bare seller kept by "the second one" is the partner's own role only when it is a reseller.
    ['Not a reseller. We are a T2 or a hosting company, the second one.', [ROLE('t2')], ['-'], []],
    ['We are a T2 or a hosting company, the second one, not a reseller.', [ROLE('t2')], ['-'], []],
    // A kept word that is a mention itself stays as it was, a reseller too.
    [
      'We are a reseller or a T2, the first one.',
      [
        ['reseller', 'partnerType', 'kept'],
        ['t2', 'partnerType', 'kept'],
      ],
      ['kept', '-'],
      [],
    ],
  ];
  checkUnsure(cases);
});

describe('partiesRules: the third-party channel from a negated syndication only, its sentence ended by its own mark', () => {
  const SYNDICATION: Said = ['联合销售合作伙伴', 'channel', 'syndication', true];
  const cases: [message: string, said: Said[], expected: string[]][] = [
    // Another negated channel near a negated "CSP" stays what it is.
    ['Not CSP and not EA.', [['ea', 'channel', 'ea', true]], ['ea']],
    // A channel ending right at the sentence's mark is in the sentence; one right after it is not.
    ['不是CSP也不是联合销售合作伙伴，是微软.', [SYNDICATION, ['微软', 'channel', 'microsoft']], ['syndication', 'microsoft']],
    ['不是CSP也不是联合销售合作伙伴.用EA', [SYNDICATION, ['ea', 'channel', 'ea']], ['thirdParty', 'ea']],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      neitherCspNorSyndication(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
});

describe('partiesRules: a seller not a CSP unless its sentence, to its mark or the end of the message, states a channel', () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    ['A hosting company, not a CSP, via EA', [['ea', 'channel', 'ea']], []],
    ['主机托管商不是CSP，是微软.', [['微软', 'channel', 'microsoft']], []],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.length === 0 ? 'no third party' : expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      assert.deepStrictEqual(
        sellersNotCsp(text, mentions, lexicons).map((s) => text.slice(s.start, s.end)),
        expected,
      );
    });
});

describe('partiesRules: only a mention that answers a question stands between "through" and the provider', () => {
  it('"through a big distributor" with a mention on "big" that lost its question', () => {
    const { text, mentions, lexicons } = setUp('We buy through a big distributor.', [
      ['big', undefined, 'none'],
      ['distributor', 'partnerType', 'indirectProvider'],
    ]);
    supplierRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['-', 'indirectReseller']);
  });
});

describe('partiesRules: the first reference after two roles decides, not the last', () => {
  it('"the first one, no, the second one, not the first one" keeps the first', () => {
    const { text, mentions, lexicons } = setUp('We are a T2 or a distributor, the first one, no, the second one, not the first one.', [
      ['t2', 'partnerType', 'indirectProvider'],
      ['distributor', 'partnerType', 'indirectProvider'],
    ]);
    unsureRoles(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['indirectProvider', '-']);
  });
});

describe('partiesRules: a "we" ending right at the Advisor sentence\'s mark is in that sentence (Chinese)', () => {
  it('"通过我们购买" in one sentence, "是我们" closing the Advisor one', () => {
    const { text, mentions, lexicons } = setUp('客户通过我们购买.advisor的时候是我们.', [['advisor', 'channel', 'advisor']]);
    formerAdvisor(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['formerAdvisor']);
  });
});
