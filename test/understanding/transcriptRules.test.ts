// The rules of src/domain/understanding/transcript.ts one at a time, each written against a
// mutant that survived the reader's mutation run (docs/testing.md, twelfth pass): the order of
// timed turns, what a turn is, and what a yes or a no takes from the question before it.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { transcriptTurns } from '../../src/domain/understanding/transcript';

describe('transcript rules: the order of timed turns', () => {
  it('seconds count: a log pasted newest on top within one minute', () => {
    assert.deepStrictEqual(understand('[10:05:09] Anna: yes\n[10:05:01] Me: so EA?').answers, { channel: 'ea' });
  });
  it('minutes count before seconds', () => {
    assert.deepStrictEqual(understand('[10:06:00] Customer: yes\n[10:05:59] Agent: EA?').answers, { channel: 'ea' });
  });
  it('an afternoon time is later than a morning one', () => {
    assert.deepStrictEqual(understand('(1:05 PM) Customer: yes\n(11:58 AM) Agent: EA?').answers, { channel: 'ea' });
  });
  it('a 24-hour time after noon is later than one before', () => {
    assert.deepStrictEqual(understand('[13:05] Customer: yes\n[11:58] Agent: EA?').answers, { channel: 'ea' });
  });
  it('turns of the same minute keep the order they are written in', () => {
    assert.deepStrictEqual(understand('[10:02] Agent: EA?\n[10:02] Customer: yes').answers, { channel: 'ea' });
  });
});

describe('transcript rules: what a turn is', () => {
  it('several lines with one label are no transcript', () => {
    assert.strictEqual(transcriptTurns('Agent: notes\nthey bought it through EA?'), undefined);
  });
  it("the paster's note keeps its line breaks", () => {
    assert.deepStrictEqual(transcriptTurns('Update: first line\nsecond line\nAgent: EA?\nCustomer: yes')!.at(-1), {
      speaker: '',
      text: 'Update: first line\nsecond line',
    });
  });
  it("the paster's note loses the blank line between it and the transcript", () => {
    assert.deepStrictEqual(transcriptTurns('Update: it is Open.\n\nAgent: EA?\nCustomer: yes')!.at(-1), { speaker: '', text: 'Update: it is Open.' });
  });
  it("the asker's own yes answers nothing", () => {
    assert.deepStrictEqual(understand('Customer: hello\nAgent: so, EA?\nAgent: yes\nCustomer: let me check').answers, {});
  });
  it("a no by the same speaker answers nothing of that speaker's own", () => {
    assert.deepStrictEqual(understand('Agent: hello\nCustomer: they bought it through EA\nCustomer: no idea about the cloud').answers, { channel: 'ea' });
  });
  it('an earlier question in the asking turn states nothing', () => {
    assert.deepStrictEqual(understand('Agent: is it EA? And which cloud?\nCustomer: commercial').answers, { cloud: 'global' });
  });
  it("the asker's statement before the question is read whole", () => {
    assert.deepStrictEqual(understand('Оператор: облако коммерческое. Через EA?\nКлиент: хм').answers, { cloud: 'global' });
  });
  it('a question without a question mark answered by a no and a value takes its product, not its option', () => {
    assert.deepStrictEqual(understand('Agent: so they bought Office 365 through EA\nCustomer: no, Open Value').answers, {
      channel: 'open',
      service: 'license',
    });
  });
  it('a goal said beside Azure in one turn stays for a later turn that names another service', () => {
    const got = understand('Agent: hello\nCustomer: they want to move their Azure subscriptions to us\nCustomer: sorry, not Azure, Dynamics 365');
    assert.deepStrictEqual(got.answers, { service: 'license', goal: 'move' });
  });
});

describe('transcript rules: yes and no', () => {
  it("a yes takes the question's words as the evidence", () => {
    assert.deepStrictEqual(understand('Agent: did they buy it through an EA?\nCustomer: yes').evidence, { channel: 'EA' });
  });
  it('a no to a question that named a service and a goal answers neither', () => {
    const got = understand('Agent: do they want to move their Office 365 subscriptions to you?\nCustomer: no');
    assert.deepStrictEqual([got.answers, [...got.negated].sort()], [{}, ['goal', 'service']]);
  });
});

describe('transcript rules: an either/or the answer leaves open', () => {
  it('an either/or the answer leaves open is asked, naming the options the question listed', () => {
    const got = understand('Agent: did they buy it through EA or from a syndication partner?\nCustomer: it is Office 365');
    assert.deepStrictEqual([got.answers, got.conflicts, got.said], [{ service: 'license' }, ['channel'], { channel: ['EA', 'syndication partner'] }]);
  });
  it("a doubt in the answer is what is asked about, not the question's either/or", () => {
    const got = understand('Agent: did they buy it through EA or from a syndication partner?\nCustomer: maybe EA');
    assert.deepStrictEqual([got.answers, got.conflicts, got.hedged], [{}, [], { channel: 'ea' }]);
  });
});
