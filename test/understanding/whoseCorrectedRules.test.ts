// The rules of the second round on the twelfth set's whose words, one at a time, on prepared
// messages with their mentions placed by hand: a clause whose subject is said last (cases.ts), a
// local seller beside "neither CSP nor syndication" (parties.ts) and a bare T2 beside a reseller
// anywhere in the message (structure.ts).
import * as assert from 'assert';
import { otherCases } from '../../src/domain/understanding/cases';
import { neitherCspNorSyndication } from '../../src/domain/understanding/parties';
import { refineTier } from '../../src/domain/understanding/tier';
import { Said, read, setUp } from './partiesSetUp';

describe('whoseCorrectedRules: a clause opened by "who" and closed by the parent company is theirs, only that clause', () => {
  const EA: Said = ['ea', 'channel', 'ea'];
  const cases: [message: string, said: Said[], expected: string[]][] = [
    // The parent company must close its clause: words after it ("… group now") keep the purchase.
    ['who bought ea is the parent company group now, ok', [EA], ['ea']],
    // Closing the message counts as closing its clause.
    ['who bought ea is the parent company', [EA], ['-']],
    // A "who" in the sentence before is not this clause's.
    ['who knows. ea is the parent company.', [EA], ['ea']],
    // A "who" in the sentence after is not this clause's either.
    ['ea is the parent company. who knows', [EA], ['ea']],
    // Two commas between "who" and the parent company: a list, not one clause.
    ['who bought, ea, i think, is the parent company', [EA], ['ea']],
    // Commas elsewhere in the message do not count.
    ['who bought ea is the parent company, yes, sure', [EA], ['-']],
    // A purchase in the sentence before stays this customer's.
    ['ea. who bought o365 is the parent company', [EA, ['o365', 'service', 'license']], ['ea', '-']],
    // Before the comma that opens the clause, the purchase is this customer's.
    ['ea, who bought it is the parent company', [EA], ['ea']],
    // A mention that opens the clause is in it.
    ['ea who bought it is the parent company', [EA], ['-']],
    // A mention right against the parent company's words ("的是" closing it in Chinese).
    ['直购的是母公司', [['直购的是', 'channel', 'microsoft']], ['-']],
    // Roles are left to attributeRoles.
    ['who is t1 is the parent company', [['t1', 'partnerType', 'direct']], ['direct']],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      otherCases(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
});

describe('whoseCorrectedRules: a local seller (channel "other") is the seller "neither CSP nor syndication" defines', () => {
  it('"bought from a local integrator, not csp and not syndication" reads the third party', () => {
    const { text, mentions, lexicons } = setUp('bought from a local integrator, not csp and not syndication', [
      ['local integrator', 'channel', 'other'],
      ['syndication', 'channel', 'syndication', true],
    ]);
    neitherCspNorSyndication(text, mentions, lexicons);
    assert.deepStrictEqual(read(mentions), ['other', 'thirdParty']);
  });
});

describe('whoseCorrectedRules: a bare T2 gives way to a reseller anywhere in the message, unless "or" joins them', () => {
  const cases: [message: string, said: Said[], expected: string[]][] = [
    // A reseller that lost its question (another party's) refines nothing.
    [
      "we're t2, their reseller",
      [
        ['t2', 'partnerType', 'indirectProvider'],
        ['reseller', undefined, 'indirectReseller'],
      ],
      ['indirectProvider', '-'],
    ],
    // "或" right against the T2 and right against the reseller: offered as options, asked.
    [
      '我们是t2或经销商',
      [
        ['t2', 'partnerType', 'indirectProvider'],
        ['经销商', 'partnerType', 'indirectReseller'],
      ],
      ['indirectProvider', 'indirectReseller'],
    ],
    // An "or" before both (another question's options) does not join them either.
    [
      'ea or open. we are t2. we are a reseller',
      [
        ['t2', 'partnerType', 'indirectProvider'],
        ['reseller', 'partnerType', 'indirectReseller'],
      ],
      ['-', 'indirectReseller'],
    ],
    // An "or" after both (another question's options) does not join them.
    [
      '我们是t2,经销商, ea还是open',
      [
        ['t2', 'partnerType', 'indirectProvider'],
        ['经销商', 'partnerType', 'indirectReseller'],
      ],
      ['-', 'indirectReseller'],
    ],
  ];
  for (const [message, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, said);
      refineTier(text, mentions, lexicons);
      assert.deepStrictEqual(read(mentions), expected);
    });
});
