// Whose words a mention is (src/domain/understanding/parties.ts), rule by rule at its edges: each
// rule is called on a message prepared as the reader prepares it, with the mentions the reader
// would have found placed by hand, so a case checks that one rule and nothing before it. The
// cases were written after the rules' first mutation run, where the whole-message tests could
// not tell each rule from a broken one (a word of another sentence taken for this one's, a
// reach counted one word short, a check left out).
import * as assert from 'assert';
import {
  attributeRoles,
  formerAdvisor,
  neitherCspNorSyndication,
  otherCases,
  ownSupply,
  sellersNotCsp,
  supplierRoles,
} from '../../src/domain/understanding/parties';
import { StructuredMention } from '../../src/domain/understanding/structure';

import { Said, UnsureCase, checkUnsure, mentionsIn, read, setUp } from './partiesSetUp';

const ADVISOR: Said = ['advisor', 'channel', 'advisor'];

describe('parties: a purchase through the partner itself makes the Advisor channel its former one', () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    // "Through us" in the sentence, or anywhere with a "we" in the sentence.
    ['We were in the Advisor program. They bought it through us.', [ADVISOR], ['formerAdvisor']],
    ['The customer bought it through us. The Advisor program is over.', [ADVISOR], ['advisor']],
    ['The Advisor program is how they bought. They bought it through us.', [ADVISOR], ['advisor']],
    // A sale with "we" before it in the sentence and no other party between.
    ['We sold them Office in the Advisor program.', [ADVISOR], ['formerAdvisor']],
    ['We are direct bill. It was sold in the Advisor program.', [ADVISOR], ['advisor']],
    ['It was sold in the Advisor program, we think.', [ADVISOR], ['advisor']],
    ['We think their partner sold them Office in the Advisor program.', [ADVISOR], ['advisor']],
    ['Their IT guy said we sold it in the Advisor program.', [ADVISOR], ['formerAdvisor']],
    // Another channel bought through us stays that channel.
    ['They bought it from us via EA.', [['ea', 'channel', 'ea']], ['ea']],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      formerAdvisor(text, mentions, lexicons);
      assert.deepStrictEqual(
        mentions.map((m) => m.option),
        expected,
      );
    });
});

const MICROSOFT: Said = ['microsoft', 'channel', 'microsoft'];

describe("parties: buying from Microsoft in a sentence that resells is the partner's own supply", () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    ['We buy directly from Microsoft and resell to our resellers.', [MICROSOFT], ['-']],
    // Another party before the purchase: where the customer bought.
    ['The customer buys from Microsoft and we resell Office.', [MICROSOFT], ['microsoft']],
    ['Customer bought from Microsoft, we resell too.', [MICROSOFT], ['microsoft']],
    // The reselling in another sentence, before or after.
    ['We buy from Microsoft. We resell to our resellers.', [MICROSOFT], ['microsoft']],
    ['We resell. We buy from Microsoft.', [MICROSOFT], ['microsoft']],
    // Only a purchase from Microsoft.
    ['We buy via EA and resell to our resellers.', [['ea', 'channel', 'ea']], ['ea']],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      ownSupply(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
});

const SYNDICATION: Said = ['syndication', 'channel', 'syndication', true];

describe('parties: neither CSP nor syndication, near each other in one sentence, is the third-party channel', () => {
  const cases: [message: string, said: Said[], expected: string[], evidence?: string][] = [
    ['Not CSP and not syndication.', [SYNDICATION], ['thirdParty'], 'not csp and not syndication'],
    ['Not syndication and not CSP.', [SYNDICATION], ['thirdParty'], 'syndication and not csp'],
    // Two words between the negation and "CSP" at most.
    ['Not a real CSP and not syndication.', [SYNDICATION], ['thirdParty'], 'not a real csp and not syndication'],
    ['Not a real big CSP and not syndication.', [SYNDICATION], ['syndication']],
    // Not across sentences.
    ['Not CSP. Not syndication.', [SYNDICATION], ['syndication']],
    // A sentence that states a channel of its own keeps it; one in another sentence does not count.
    ['Not CSP and not syndication, via EA.', [SYNDICATION, ['ea', 'channel', 'ea']], ['syndication', 'ea']],
    ['Via EA. Not CSP and not syndication.', [['ea', 'channel', 'ea'], SYNDICATION], ['ea', 'thirdParty'], 'not csp and not syndication'],
    ['Not CSP and not syndication. Via EA.', [SYNDICATION, ['ea', 'channel', 'ea']], ['thirdParty', 'ea'], 'not csp and not syndication'],
    // Syndication stated, not negated: it stands.
    ['Not CSP, syndication.', [['syndication', 'channel', 'syndication']], ['syndication']],
  ];
  for (const [message, said, expected, evidence] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      neitherCspNorSyndication(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
      const third = mentions.find((m) => m.option === 'thirdParty');
      assert.strictEqual(third === undefined ? undefined : text.slice(third.start, third.end), evidence);
      if (third !== undefined) assert.strictEqual(third.negated, false);
    });
});

describe('parties: a seller said not to be a CSP is a third party, within twelve words, in its sentence', () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    ['They bought from a hosting company (not a CSP).', [], ['hosting company not a csp']],
    [
      'A hosting company one two three four five six seven eight nine ten eleven twelve not a CSP.',
      [],
      ['hosting company one two three four five six seven eight nine ten eleven twelve not a csp'],
    ],
    ['A hosting company one two three four five six seven eight nine ten eleven twelve thirteen not a CSP.', [], []],
    // The seller before the negation, in its sentence, or in the sentence before one that opens with it (an afterthought).
    ['A hosting company. Not a CSP.', [], ['hosting company . not a csp']],
    ['A hosting company. Fine. Not a CSP.', [], []],
    // Opened by a word or two that name it again ("They are", "Essa empresa"), not by "we".
    ['A hosting company. They are not a CSP.', [], ['hosting company . they are not a csp']],
    ['A hosting company. We are not a CSP.', [], []],
    ['Not a CSP.', [], []],
    ['Not a big old CSP, a hosting company.', [], []],
    // A channel stated in the sentence wins; one in another sentence does not count.
    ['They bought from a hosting company (not a CSP) via EA.', [['ea', 'channel', 'ea']], []],
    ['Via EA. They bought from a hosting company (not a CSP).', [['ea', 'channel', 'ea']], ['hosting company not a csp']],
    ['They bought from a hosting company (not a CSP). Via EA.', [['ea', 'channel', 'ea']], ['hosting company not a csp']],
    ['They bought from a hosting company (not a CSP), not via EA.', [['ea', 'channel', 'ea', true]], ['hosting company not a csp']],
    // The partner's own role is no seller.
    ['We are a reseller, not a CSP.', [['reseller', 'partnerType', 'indirectReseller']], []],
    ['They bought from a reseller, not a CSP, we are T1.', [['t1', 'partnerType', 'direct']], ['reseller , not a csp']],
    // The negation right before "CSP" (two words at most, no comma between).
    ['A hosting company, not, a CSP.', [], []],
    ['A hosting company not a real big CSP.', [], []],
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

const DISTRIBUTOR: Said = ['distributor', 'partnerType', 'indirectProvider'];

describe("parties: a provider right after 'through' is the partner's supplier, not its role", () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    ['We buy through a distributor.', [DISTRIBUTOR], ['indirectReseller']],
    ['We buy through a big distributor.', [DISTRIBUTOR], ['indirectReseller']],
    ['We buy through a big old distributor.', [DISTRIBUTOR], ['indirectReseller']],
    ['We buy through a big old fat distributor.', [DISTRIBUTOR], ['indirectProvider']],
    ['We buy through a, distributor.', [DISTRIBUTOR], ['indirectProvider']],
    ['The distributor is our supplier.', [DISTRIBUTOR], ['indirectReseller']],
    // Another answer between them is a clause of its own.
    ['Through a direct distributor.', [['direct', 'partnerType', 'direct'], DISTRIBUTOR], ['direct', 'indirectProvider']],
    // Only the provider's role is made the reseller's.
    ['Through a distributor.', [['distributor', 'partnerType', 'direct']], ['direct']],
    ['Through a distributor.', [['distributor', 'channel', 'indirectProvider']], ['indirectProvider']],
    ['Through a distributor.', [['distributor', 'partnerType', 'indirectProvider', true]], ['indirectProvider']],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      supplierRoles(text, mentions, lexicons);
      assert.deepStrictEqual(
        mentions.map((m) => m.option),
        expected,
      );
    });

  it('a Chinese word and the parenthesis that opens its gloss: only where the message had one, with nothing between', () => {
    // The reader reads "代理商（distributor）" as "代理商，distributor" with a parenthesis before the comma.
    const message = '我们是间接经销商，通过代理商，distributor 下单';
    const { text, lexicons } = setUp(message, []);
    const provider = (): StructuredMention[] => mentionsIn(text, [DISTRIBUTOR]);
    const at = text.indexOf('代理商') + '代理商'.length;
    const glossed = provider();
    supplierRoles(text, glossed, lexicons, (k) => k === at);
    assert.deepStrictEqual(read(glossed), ['indirectReseller']);
    // The parenthesis elsewhere: not this word's gloss.
    const elsewhere = provider();
    supplierRoles(text, elsewhere, lexicons, (k) => k === at - 1);
    assert.deepStrictEqual(read(elsewhere), ['indirectProvider']);
    // "We" between the word and the gloss: another clause.
    const between = provider();
    supplierRoles(text, [...between, ...mentionsIn(text, [['代理商', 'service', 'license']])], lexicons, (k) => k === at);
    assert.deepStrictEqual(read(between), ['indirectProvider']);
  });
});

describe("parties: a role followed by words naming its owner, or in another party's clause, is not the partner's", () => {
  const cases: [message: string, said: Said[], expected: string[], asideAt?: string][] = [
    ['We are T1, the customer is a distributor.', [['t1', 'partnerType', 'direct'], DISTRIBUTOR], ['direct', '-']],
    // The owner's words at most one word after the role, in its clause or in an aside opened right after it.
    ['The distributor of the customer.', [DISTRIBUTOR], ['-']],
    ['The distributor big of the customer.', [DISTRIBUTOR], ['-']],
    ['The distributor big old of the customer.', [DISTRIBUTOR], ['indirectProvider']],
    ['The distributor, of the customer.', [DISTRIBUTOR], ['indirectProvider']],
    ['The distributor (of the customer).', [DISTRIBUTOR], ['-'], ' , of'],
    ['The distributor (big, of the customer).', [DISTRIBUTOR], ['indirectProvider'], ' , big'],
    // Said of us: "we" at most two words before the role.
    // ("We are their distributor" is ours now: "we are" with a possessive right before the role, en-US `structure.selfOf`.)
    ['We know their distributor.', [DISTRIBUTOR], ['-']],
    ['We are the distributor of the customer.', [DISTRIBUTOR], ['indirectProvider']],
    ['We really are the distributor of the customer.', [DISTRIBUTOR], ['-']],
    // A sentence opened by another party speaks of it across its commas, unless "we" is in the role's clause.
    ['Their partner, Northstar, was a distributor.', [DISTRIBUTOR], ['-']],
    ['Their partner, Northstar, was a distributor, and so on.', [DISTRIBUTOR], ['-']],
    ['Their partner, Northstar, was a distributor we think.', [DISTRIBUTOR], ['indirectProvider']],
    ['Their partner, Northstar, was a distributor, we think.', [DISTRIBUTOR], ['-']],
    // The party word at most two words into its sentence (a comma counts as one).
    ['Well, their partner, Northstar, was a distributor.', [DISTRIBUTOR], ['-']],
    ['Well now, their partner, Northstar, was a distributor.', [DISTRIBUTOR], ['indirectProvider']],
    ['We know. Their partner, Northstar, was a distributor.', [DISTRIBUTOR], ['-']],
  ];
  for (const [message, said, expected, asideAt] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      const aside = asideAt === undefined ? -1 : text.indexOf(asideAt) + 1;
      attributeRoles(text, mentions, lexicons, (k) => k === aside);
      assert.deepStrictEqual(read(mentions), expected);
    });
});

const T2: Said = ['t2', 'partnerType', 'indirectProvider'];

describe("parties: two words for the partner's role joined by 'or' leave it open, unless a reference after them settles it", () => {
  const cases: UnsureCase[] = [
    ['We are a T2 or a distributor.', [T2, DISTRIBUTOR], ['indirectProvider', 'indirectProvider'], [['t2', 'distributor']]],
    ['A distributor or a T2, we are.', [DISTRIBUTOR, T2], ['indirectProvider', 'indirectProvider'], [['distributor', 't2']]],
    // Four words between them at most, in one sentence.
    ['We are a T2 or a big old distributor.', [T2, DISTRIBUTOR], ['indirectProvider', 'indirectProvider'], [['t2', 'distributor']]],
    ['We are a T2 or a big old fat distributor.', [T2, DISTRIBUTOR], ['indirectProvider', 'indirectProvider'], []],
    ['We are a T2. Or a distributor.', [T2, DISTRIBUTOR], ['indirectProvider', 'indirectProvider'], []],
    // Joined by "or", with no other party between.
    ['We are a T2 and a distributor.', [T2, DISTRIBUTOR], ['indirectProvider', 'indirectProvider'], []],
    ['We are a T2 or their distributor.', [T2, DISTRIBUTOR], ['indirectProvider', 'indirectProvider'], []],
    // Two different answers are a conflict already; a negated word is no role.
    ['We are a T2 or a direct partner.', [T2, ['direct', 'partnerType', 'direct']], ['indirectProvider', 'direct'], []],
    ['We are a T2 or not a distributor.', [T2, ['distributor', 'partnerType', 'indirectProvider', true]], ['indirectProvider', 'indirectProvider'], []],
    // A seller's word alone, unless it is a mention of its own.
    ['We are a T2 or a reseller.', [T2], ['indirectProvider'], [['t2', 'reseller']]],
    ['We are a T2 or a reseller.', [T2, ['reseller', 'channel', 'otherCsp']], ['indirectProvider', 'otherCsp'], []],
    ['We are a T2 or a reseller.', [T2, ['reseller', 'partnerType', 'indirectReseller', true]], ['indirectProvider', 'indirectReseller'], []],
    ['We are a T2 or a reseller.', [['t2', 'channel', 'x']], ['x'], []],
    // Each pair once, however many times it is met.
    [
      'We are a T2 or a distributor or a T2.',
      [T2, DISTRIBUTOR, ['t2', 'partnerType', 'indirectProvider', false, 1]],
      ['indirectProvider', 'indirectProvider', 'indirectProvider'],
      [
        ['t2', 'distributor'],
        ['distributor', 't2'],
      ],
    ],
    // The reference, the first one met, within 120 characters.
    ['We are a T2 or a distributor, the first one.', [T2, DISTRIBUTOR], ['indirectProvider', '-'], []],
    ['We are a T2 or a distributor, the second one.', [T2, DISTRIBUTOR], ['-', 'indirectProvider'], []],
    ['We are a T2 or a distributor, the first one, no, the second one.', [T2, DISTRIBUTOR], ['indirectProvider', '-'], []],
    ['We are a T2 or a distributor, the second one, no, the first one.', [T2, DISTRIBUTOR], ['-', 'indirectProvider'], []],
    [
      'We are a T2 or a distributor, then after a very long digression about many things that go on and on for well over one hundred and twenty characters, the first one.',
      [T2, DISTRIBUTOR],
      ['indirectProvider', 'indirectProvider'],
      [['t2', 'distributor']],
    ],
  ];
  checkUnsure(cases);
});

describe('parties: another customer or the parent company named in passing answers nothing of this case, up to the words for this one', () => {
  const EA: Said = ['ea', 'channel', 'ea'];
  const cases: [message: string, said: Said[], expected: string[]][] = [
    ['Our other customer is on EA, but this one bought from Microsoft.', [EA, MICROSOFT], ['-', 'microsoft']],
    ['Our other customer is on EA. This one bought from Microsoft.', [EA, MICROSOFT], ['-', 'microsoft']],
    ['Our other customer is on EA. It bought from Microsoft.', [EA, MICROSOFT], ['-', 'microsoft']],
    // Only after the words, in their sentence.
    ['Via Open, our other customer is on EA.', [['open', 'channel', 'open'], EA], ['open', '-']],
    ['This one is on Open, our other customer is on EA.', [['open', 'channel', 'open'], EA], ['open', '-']],
    // The partner's role is the partner's.
    ['Our other customer is on EA and we are T1.', [EA, ['t1', 'partnerType', 'direct']], ['-', 'direct']],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      otherCases(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
});
