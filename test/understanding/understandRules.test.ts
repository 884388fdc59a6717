// The rules of src/domain/understanding/understand.ts (the reader's pipeline: which mention wins a
// place, how each question's mentions combine) one at a time, each written against a mutant that
// survived its first mutation run (docs/testing.md, eleventh pass). The pipeline reads with the
// shipped lexicons only, so each test states its rule on one field of the reading (the words an
// answer was read from, the questions asked again, the questions refused), not a whole reading.
import * as assert from 'assert';
import { MAX_INPUT_LENGTH, understand } from '../../src/domain/understanding';

describe('understanding rules: where mentions overlap', () => {
  it("an answer's words are its entry's longest wording at that place, not the first the entry's patterns find", () => {
    assert.strictEqual(understand('The customer bought Teams Premium.').evidence.service, 'Teams Premium');
    assert.strictEqual(understand('他们在世纪互联运营的云里').evidence.cloud, '世纪互联运营');
  });
  it('a role said in English after the speaker\'s "we" takes its place among the mentions: a doubt before it doubts it, not the channel after it', () => {
    const got = understand('вроде мы direct, клиент купил через EA');
    assert.deepStrictEqual([got.hedged?.partnerType, got.answers.channel], ['direct', 'ea']);
  });
  it('of two overlapping mentions of one length, the earlier one is read', () => {
    assert.strictEqual(understand('через Open Value').evidence.channel, 'через Open');
    assert.strictEqual(understand('许可证是通过顾问计划买的').evidence.channel, '通过顾问');
  });
});

describe('understanding rules: a parenthesis', () => {
  it('opens an aside only where it stands, not for every word after it: the reseller said after it closed is no aside', () => {
    // Were every word after it taken for one the parenthesis opens, the role would be read from "We're the reseller".
    assert.strictEqual(understand("Pax8 (our indirect provider) says so. We're the reseller.").evidence.partnerType, 'our indirect provider');
  });
});

describe('understanding rules: what a message is', () => {
  it('a message of exactly the longest accepted length is read; one character more and nothing is', () => {
    const text = 'The customer bought through EA.'.padEnd(MAX_INPUT_LENGTH, ' ');
    assert.strictEqual(text.length, MAX_INPUT_LENGTH);
    assert.strictEqual(understand(text).answers.channel, 'ea');
    assert.deepStrictEqual(understand(`${text} `).answers, {});
  });
  it('a seller that is no CSP is read though the message names nothing else', () => {
    // Before, a message with no other mention was read as nothing before the sellers were looked for.
    assert.strictEqual(understand('They bought from a hosting company (not a CSP).').answers.channel, 'thirdParty');
    assert.strictEqual(understand('一家经销商，不是CSP').answers.channel, 'thirdParty');
  });
  it('a message that is no thread is read as one message: a move refused beside a usage-based service is reported refused', () => {
    // As a thread's part it would keep its goal for the merge to settle (thread.ts), and report nothing refused.
    assert.deepStrictEqual(understand('Azure pay as you go bought directly from Microsoft, not migrating, just manage it').negated, ['goal']);
  });
});

describe('understanding rules: combining the mentions of a question', () => {
  it("another party's past answers its question when the only other mention of it is refused", () => {
    assert.strictEqual(understand('Their previous partner was a reseller. Not through EA.').answers.channel, 'otherCsp');
  });
  it('a channel that does not settle the question in the commercial list is asked about only once a cloud is stated', () => {
    assert.strictEqual(understand('The customer bought licenses somewhere else.').unsettled, undefined);
    assert.deepStrictEqual(understand('The customer bought licenses somewhere else, commercial cloud.').unsettled, ['channel']);
  });
  it('a role the partner is unsure of is asked about naming both words', () => {
    assert.deepStrictEqual(understand("We're either the distributor or the reseller.").said?.partnerType, ['distributor', 'reseller']);
  });
  it('a role the partner was unsure of and then corrected is the corrected one, not a question', () => {
    const got = understand("We're either the distributor or the reseller, sorry, we are a direct partner.");
    assert.deepStrictEqual([got.answers.partnerType, got.conflicts], ['direct', []]);
  });
  it('a correction written right against the mention after it (Chinese has no spaces) comes before it: that mention is the answer', () => {
    assert.strictEqual(understand('客户通过Open购买，其实EA').answers.channel, 'ea');
  });
  it('the words of a conflict are named in the order the message says them, a seller that is no CSP among them', () => {
    const said = understand('They bought from a hosting company (not a CSP). Also through EA.').said?.channel;
    assert.deepStrictEqual(
      said?.map((w) => w.split(' ')[0]),
      ['hosting', 'EA'],
    );
  });
  it('a question answered is not reported as refused, though one of its mentions is', () => {
    assert.deepStrictEqual(understand('Not Azure, only M365.').negated, []);
  });
});

describe('understanding rules: ties, corrections, asides and roles (twelfth pass)', () => {
  it('of a mention and a blocking phrase of one length that overlap, the blocking phrase wins, though the mention starts first', () => {
    // "day to day admin" (a goal) and "admin moved to a" (someone who left) are both 16 characters:
    // the admin who moved away is no goal.
    const got = understand('Their day to day admin moved to a new company. They bought it through EA.');
    assert.deepStrictEqual({ goal: got.answers.goal, conflicts: got.conflicts }, { goal: undefined, conflicts: [] });
  });
  it("a correction word that is part of a mention's words corrects nothing", () => {
    // "所以现在" (so now) is read inside "现在的CSP伙伴" (the current CSP partner): the clouds stay a question.
    assert.deepStrictEqual(understand('客户用的是全球版，所以现在的CSP伙伴说是世纪互联。').conflicts, ['cloud']);
    assert.deepStrictEqual(understand('客户通过EA买的，所以现在的CSP伙伴是Open。').conflicts, ['channel']);
  });
  it('a comma inside a parenthesis opens no aside: the words after it name no owner of the role before it', () => {
    assert.strictEqual(understand('Our status (T1, confirmed by Microsoft) has not changed.').answers.partnerType, 'direct');
    assert.strictEqual(understand('Наш статус (T1, подтвердили в Microsoft) не менялся.').answers.partnerType, 'direct');
    assert.strictEqual(understand('Nosso status (T1, confirmou a Microsoft) não mudou.').answers.partnerType, 'direct');
  });
  it('a role set aside by a reference is not asked about, though it was also offered with another word', () => {
    // "前者" keeps 二级经销商 over 间接经销商, which was offered with 经销商 too: the role is read.
    const got = understand('我们是二级经销商还是间接经销商前者还是经销商。');
    assert.deepStrictEqual({ role: got.answers.partnerType, conflicts: got.conflicts }, { role: 'indirectReseller', conflicts: [] });
  });
});
