// The rules of src/domain/understanding/thread.ts one at a time: how a pasted thread is cut into
// parts (quote marks, signatures, chat times) and how the parts' readings are merged. Each test
// was written against a mutant that survived the reader's mutation run (docs/testing.md, eighth
// pass): the part lists and readings here are spelled out by hand.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { mergeParts } from '../../src/domain/understanding/thread';
import { threadParts } from './threadParts';
import type { Understanding } from '../../src/domain/understanding/understand';

/** A part's reading: nothing but what the test gives. */
function reading(partial: Partial<Understanding>): Understanding {
  return { answers: {}, conflicts: [], evidence: {}, negated: [], ...partial };
}

describe('thread rules: what is a thread', () => {
  it('a message of one line is one part, even when it starts with a quote mark', () => {
    assert.deepStrictEqual(threadParts('> They bought it through an EA.'), ['> They bought it through an EA.']);
  });
  it('a message without thread marks keeps its closing and contact lines (a ">" inside a line is no quote mark)', () => {
    const text = 'EA->Open, per Jo\nThanks,\nJo | Sales | +1 555 0100';
    assert.deepStrictEqual(threadParts(text), [text]);
  });
});

describe('thread rules: quote marks', () => {
  it('a ">" inside a line of a thread neither quotes it nor is taken out', () => {
    assert.deepStrictEqual(threadParts('Now: EA -> Open.\n> Before: EA.'), ['Now: EA -> Open.', 'Before: EA.']);
  });
  it('quote marks are taken off whether glued to the text, indented or nested', () => {
    assert.deepStrictEqual(threadParts('Now: Open.\n>Before: EA.\n  > Indented: Azure.\n>> Older: CSP.'), [
      'Now: Open.',
      'Before: EA.\nIndented: Azure.\nOlder: CSP.',
    ]);
  });
  it('the lines of one statement stay one part, in their order', () => {
    assert.deepStrictEqual(threadParts('Now: Open.\nWe are T1.\n> Before: EA.'), ['Now: Open.\nWe are T1.', 'Before: EA.']);
  });
  it('a blank quoted line inside a statement does not cut it in two', () => {
    assert.deepStrictEqual(threadParts('Now: Open.\n>  \nWe are T1.\n> Before: EA.'), ['Now: Open.\n \nWe are T1.', 'Before: EA.']);
  });
});

describe('thread rules: the order of a chat log by its times', () => {
  it('12 AM is the hour after midnight', () => {
    assert.deepStrictEqual(threadParts('[Dana 12:50 AM] EA\n[Dana 1:10 AM] Open'), ['Open', 'EA']);
  });
  it('a PM time is after an AM time of a larger hour', () => {
    assert.deepStrictEqual(threadParts('[Dana 11:50 AM] EA\n[Dana 1:10 PM] Open'), ['Open', 'EA']);
  });
  it('a 24-hour time of 12 is noon, after 11', () => {
    assert.deepStrictEqual(threadParts('[11:50] Dana: EA\n[12:10] Dana: Open'), ['Open', 'EA']);
  });
  it('seconds count within a minute', () => {
    assert.deepStrictEqual(threadParts('[10:00:10] Dana: EA\n[10:00:50] Dana: Open'), ['Open', 'EA']);
  });
  it('a minute counts more than any seconds', () => {
    assert.deepStrictEqual(threadParts('[10:05:00] Dana: EA\n[10:04:59] Dana: Open'), ['EA', 'Open']);
  });
  it('a log whose first and last times are the same is read as written oldest first', () => {
    assert.deepStrictEqual(threadParts('[10:00] Dana: EA\n[10:00] Dana: Open'), ['Open', 'EA']);
  });
  it('a note above a chat log stays the newest part, the log after it newest first', () => {
    assert.deepStrictEqual(threadParts('Note: we are T1.\n[10:00] Dana: EA\n[10:05] Dana: Open'), ['Note: we are T1.', 'Open', 'EA']);
  });
});

describe('thread rules: merging the parts (newest first)', () => {
  it('the newest part that answers a question decides it, with its own words', () => {
    const got = mergeParts([
      reading({ answers: { channel: 'open' }, evidence: { channel: 'Open Value' } }),
      reading({ answers: { channel: 'ea' }, evidence: { channel: 'EA' } }),
    ]);
    assert.deepStrictEqual(got, reading({ answers: { channel: 'open' }, evidence: { channel: 'Open Value' } }));
  });
  it('an answer read without words gets no words', () => {
    const got = mergeParts([reading({ answers: { channel: 'open' } }), reading({ answers: { channel: 'ea' }, evidence: { channel: 'EA' } })]);
    assert.deepStrictEqual(got, reading({ answers: { channel: 'open' } }));
  });
  it('two answers in the newest part are a conflict, whatever an older part says', () => {
    const got = mergeParts([reading({ conflicts: ['channel'], said: { channel: ['EA', 'Open'] } }), reading({ answers: { channel: 'ea' } })]);
    assert.deepStrictEqual(got, reading({ conflicts: ['channel'], said: { channel: ['EA', 'Open'] } }));
  });
  it('an answer to ask about in the newest part stays to ask about', () => {
    const got = mergeParts([reading({ unsettled: ['channel'], said: { channel: ['Advisor'] } }), reading({ answers: { channel: 'ea' } })]);
    assert.deepStrictEqual(got, reading({ unsettled: ['channel'], said: { channel: ['Advisor'] } }));
  });
  it('a negation in the newest part takes back an older answer', () => {
    const got = mergeParts([reading({ negated: ['channel'] }), reading({ answers: { channel: 'ea' } })]);
    assert.deepStrictEqual(got, reading({ negated: ['channel'] }));
  });
  it('the words said are kept only for a question left open', () => {
    const got = mergeParts([reading({ answers: { channel: 'open' }, said: { channel: ['Open'] } })]);
    assert.deepStrictEqual(got, reading({ answers: { channel: 'open' } }));
  });
  it('a doubted value is named only when no part answers the question', () => {
    assert.deepStrictEqual(mergeParts([reading({}), reading({ hedged: { channel: 'ea' } })]), reading({ hedged: { channel: 'ea' } }));
    assert.deepStrictEqual(
      mergeParts([reading({ answers: { channel: 'open' } }), reading({ hedged: { channel: 'ea' } })]),
      reading({ answers: { channel: 'open' } }),
    );
  });
  it('a value doubted in the newest part puts an older plain answer in doubt: it is asked, naming the doubted value', () => {
    assert.deepStrictEqual(
      mergeParts([
        reading({ hedged: { channel: 'syndication' } }),
        reading({ answers: { channel: 'syndication' }, evidence: { channel: 'syndication partner' } }),
      ]),
      reading({ hedged: { channel: 'syndication' } }),
    );
    assert.deepStrictEqual(
      mergeParts([reading({ hedged: { channel: 'ea' } }), reading({ answers: { channel: 'open' } })]),
      reading({ hedged: { channel: 'ea' } }),
    );
  });
  it("a doubt only implied by another answer's doubt leaves an older plain answer standing", () => {
    const got = mergeParts([
      reading({ hedged: { cloud: 'china' }, doubtImplied: ['cloud'] }),
      reading({ answers: { cloud: 'china' }, evidence: { cloud: '21Vianet' } }),
    ]);
    assert.deepStrictEqual(got, reading({ answers: { cloud: 'china' }, evidence: { cloud: '21Vianet' } }));
  });
  it('a doubt only implied, where no part says anything of the question, is kept to name when it is asked', () => {
    const got = mergeParts([reading({ answers: { goal: 'move' } }), reading({ hedged: { cloud: 'china' }, doubtImplied: ['cloud'] })]);
    assert.deepStrictEqual(got, reading({ answers: { goal: 'move' }, hedged: { cloud: 'china' } }));
  });
  it("a channel read without a cloud is read again in the thread's cloud", () => {
    const got = mergeParts([reading({ answers: { cloud: 'china' } }), reading({ answers: { channel: 'ea' }, evidence: { channel: 'EA' } })]);
    assert.deepStrictEqual(got, reading({ answers: { cloud: 'china', channel: 'other' }, evidence: { channel: 'EA' } }));
  });
  it("a channel the thread's cloud does not settle is asked about, with the words it was read from", () => {
    const got = mergeParts([
      reading({ answers: { cloud: 'china' } }),
      reading({ answers: { channel: 'microsoft' }, evidence: { channel: 'directly from Microsoft' } }),
    ]);
    assert.deepStrictEqual(got, reading({ answers: { cloud: 'china' }, unsettled: ['channel'], said: { channel: ['directly from Microsoft'] } }));
  });
  it('a channel without words that the cloud does not settle is asked about by its value', () => {
    const got = mergeParts([
      reading({ answers: { cloud: 'china' }, unsettled: ['service'], said: { service: ['x'] } }),
      reading({ answers: { channel: 'advisor' } }),
    ]);
    assert.deepStrictEqual(got, reading({ answers: { cloud: 'china' }, unsettled: ['service', 'channel'], said: { service: ['x'], channel: ['advisor'] } }));
  });
  it('a China-only channel is dropped, neither read in another cloud nor asked about, when a newer part takes the cloud back', () => {
    const got = mergeParts([
      reading({ negated: ['cloud'] }),
      reading({ answers: { cloud: 'china', channel: 'formerAdvisor' }, evidence: { cloud: 'China', channel: 'when we were an Advisor' } }),
    ]);
    assert.deepStrictEqual(got, reading({ negated: ['cloud'] }));
  });
  it('a China-only channel is dropped, neither read in another cloud nor asked about, when a newer part leaves the cloud in doubt', () => {
    for (const channel of ['vianet', 'other'] as const) {
      const got = mergeParts([
        reading({ conflicts: ['cloud'], said: { cloud: ['China', 'global'] } }),
        reading({ answers: { cloud: 'china', channel }, evidence: { cloud: 'China', channel: 'from 21Vianet' } }),
      ]);
      assert.deepStrictEqual(got, reading({ conflicts: ['cloud'], said: { cloud: ['China', 'global'] } }), channel);
    }
  });
  it('a usage-based service leaves no goal, nor the words that said it', () => {
    const got = mergeParts([reading({ answers: { service: 'usage' } }), reading({ answers: { goal: 'move' }, evidence: { goal: 'take over the billing' } })]);
    assert.deepStrictEqual(got.answers, { service: 'usage' });
    assert.equal(got.evidence.goal, undefined);
  });

  it('a value that is no option is dropped with its words', () => {
    const got = mergeParts([reading({ answers: { cloud: 'mars' as 'global', service: 'license' }, evidence: { cloud: 'Mars', service: 'Office' } })]);
    assert.deepStrictEqual(got, reading({ answers: { service: 'license' }, evidence: { service: 'Office' } }));
  });
});

describe('thread rules: a quotation pasted inline', () => {
  it('after a colon, in any pair of quote marks, it is an older part after the message around it', () => {
    assert.deepStrictEqual(threadParts('Their mail: "we bought it through an EA" and we are T1.'), [
      'Their mail.  and we are T1.',
      'we bought it through an EA',
    ]);
    assert.deepStrictEqual(threadParts('Пишут: «купили через EA у партнёра». Мы T1.'), ['Пишут. . Мы T1.', 'купили через EA у партнёра']);
    assert.deepStrictEqual(threadParts('原话：“我们是通过EA买的Azure”。我们是T1。'), ['原话. 。我们是T1。', '我们是通过EA买的Azure']);
    assert.deepStrictEqual(threadParts('Ezt írta: „az EA-n keresztül vették” és T1-esek vagyunk.'), [
      'Ezt írta.  és T1-esek vagyunk.',
      'az EA-n keresztül vették',
    ]);
  });
  it('a short quotation or one without a colon before it is part of the message', () => {
    assert.deepStrictEqual(threadParts('They said: "EA" and we are T1.'), ['They said: "EA" and we are T1.']);
    assert.deepStrictEqual(threadParts('Our reseller «Soft-South Trading» sold it through an EA.'), [
      'Our reseller «Soft-South Trading» sold it through an EA.',
    ]);
  });
});

describe('thread rules: a doubt said of the question itself', () => {
  it('a doubt said of the question itself, beside one only implied, puts an older plain answer in doubt', () => {
    const got = understand(
      'maybe the China cloud, maybe 21Vianet, not sure\n\n-----Original Message-----\nFrom: Dana\nSent: Thursday\n\n> it is in the global cloud',
    );
    assert.deepStrictEqual([got.answers, got.hedged], [{}, { cloud: 'china' }]);
  });
});
