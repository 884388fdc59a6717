// Kind "transcript": a pasted call transcript with speaker turns. A question is not an answer; a
// "yes" takes the option the other speaker's question named, a "no" never does; a reference
// picks among listed options; a later turn wins; speaker labels, names and times state nothing.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { readTranscript, transcriptTurns } from '../../src/domain/understanding/transcript';
import type { Understanding } from '../../src/domain/understanding/understand';
import { checkKind } from './kindCheck';

describe('kind: transcript (a yes takes the option asked about)', () => {
  checkKind([
    ['en-US', 'Agent: did they buy it through an EA?\nCustomer: yes, about 300 seats', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Оператор: они покупали Office 365 через EA?\nКлиент: да', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客服：客户的 Azure 是通过 EA 买的吗？\n客户：是的', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Atendente: compraram pelo EA?\nCliente: sim, umas 300 licenças', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\nÜgyfél: igen', { channel: 'ea' }],
  ]);
});

describe('kind: transcript (a no never takes the option asked about)', () => {
  checkKind([
    ['en-US', 'Agent: did they buy it through an EA?\nCustomer: no', {}],
    ['ru-RU', 'Оператор: они покупали через EA?\nКлиент: нет', {}],
    ['zh-CN', '客服：是通过EA买的吗？\n客户：不是', {}],
    ['pt-BR', 'Atendente: compraram pelo EA?\nCliente: não', {}],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\nÜgyfél: nem', {}],
  ]);
  it('a bare no leaves the question named without an answer, even one an earlier turn gave', () => {
    const got = understand('Customer: we bought it through EA\nAgent: so EA?\nCustomer: no');
    assert.deepStrictEqual([got.answers, got.negated], [{}, ['channel']]);
  });
});

describe('kind: transcript (a no followed by a value gives that value)', () => {
  checkKind([
    ['en-US', 'Agent: did they buy it through an EA?\nCustomer: no, Open Value', { channel: 'open' }],
    ['ru-RU', 'Оператор: они покупали через EA?\nКлиент: нет, через Open Value', { channel: 'open' }],
    ['zh-CN', '客服：是通过EA买的吗？\n客户：不是，是 Open Value', { channel: 'open' }],
    ['pt-BR', 'Atendente: compraram pelo EA?\nCliente: não, pelo Open Value', { channel: 'open' }],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\nÜgyfél: nem, Open Value-n', { channel: 'open' }],
  ]);
});

describe('kind: transcript (a no to one of two options is the other)', () => {
  checkKind([
    ['en-US', 'Agent: do they want to move the subscriptions to you\nCaller: no just help them run it', { goal: 'support' }],
    ['ru-RU', 'Оператор: хотят перенести подписки к вам?\nКлиент: нет', { goal: 'support' }],
    ['zh-CN', '客服：要把订阅迁到你们这边吗？\n客户：不用', { goal: 'support' }],
    ['pt-BR', 'Atendente: querem transferir as assinaturas para vocês?\nCliente: não', { goal: 'support' }],
    ['hu-HU', 'Ügyintéző: át akarják hozni az előfizetéseket?\nÜgyfél: nem', { goal: 'support' }],
  ]);
  it('a no to a question that named two questions answers neither', () => {
    const got = understand('Agent: did they buy Azure through an EA?\nCustomer: no');
    assert.deepStrictEqual([got.answers, [...got.negated].sort()], [{}, ['channel', 'service']]);
  });
});

describe('kind: transcript (an either/or question answered by a reference)', () => {
  checkKind([
    ['en-US', 'Agent: is it EA or Open?\nCustomer: the second one', { channel: 'open' }],
    ['ru-RU', 'Оператор: это EA или Open?\nКлиент: второе', { channel: 'open' }],
    ['zh-CN', '客服：是EA还是Open？\n客户：后者', { channel: 'open' }],
    ['pt-BR', 'Atendente: foi EA ou Open?\nCliente: o segundo', { channel: 'open' }],
    ['hu-HU', 'Ügyintéző: EA vagy Open?\nÜgyfél: az utóbbi', { channel: 'open' }],
  ]);
  it('a reference takes the rest of the question with the option it picks', () => {
    const got = understand('Me: do they want us to support the M365 tenant, or move the subscriptions to us?\nCustomer: the second one');
    assert.deepStrictEqual(got.answers, { service: 'license', goal: 'move' });
  });
  it('an answer that is neither a yes, a no nor a reference takes nothing from the question', () => {
    assert.deepStrictEqual(understand('Agent: did they buy it through an EA?\nCustomer: let me check').answers, {});
  });
});

describe('kind: transcript (a later turn corrects an earlier one)', () => {
  checkKind([
    ['en-US', '[10:01] Agent: EA?\n[10:02] Customer: yes\n[10:03] Customer: sorry, no, it was Open Value', { channel: 'open' }],
    ['ru-RU', 'Оператор: через EA?\nКлиент: да\nКлиент: ой, нет, через Open Value', { channel: 'open' }],
    ['zh-CN', '客服：是EA吗？\n客户：是的\n客户：不对，是 Open Value', { channel: 'open' }],
    ['pt-BR', 'Atendente: foi pelo EA?\nCliente: sim\nCliente: desculpa, foi pelo Open Value', { channel: 'open' }],
    ['hu-HU', 'Ügyintéző: EA?\nÜgyfél: igen\nÜgyfél: bocsánat, Open Value-n', { channel: 'open' }],
  ]);
});

describe('kind: transcript (a question alone is no answer)', () => {
  const cases: Array<[string, string]> = [
    ['en-US', 'Agent: hi\nCustomer: hello\nAgent: did they buy it through an EA?'],
    ['ru-RU', 'Клиент: здравствуйте\nОператор: они покупали через EA?'],
    ['zh-CN', '客户：你好\n客服：是通过EA买的吗？'],
    ['pt-BR', 'Cliente: oi\nAtendente: compraram pelo EA?'],
    ['hu-HU', 'Ügyfél: jó napot\nÜgyintéző: EA-n keresztül vették?'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the option asked about is kept only to name when the question is asked`, () => {
      const got = understand(text);
      assert.deepStrictEqual([got.answers, got.hedged], [{}, { channel: 'ea' }]);
    });
  }
  it('one pasted line opened by a known label is a turn: its question answers nothing', () => {
    assert.deepStrictEqual(understand('Agent: did they buy it through an EA?').answers, {});
  });
  it('a question answered by another question is left unanswered', () => {
    const got = understand('Agent: EA?\nCustomer: what is an EA?');
    assert.deepStrictEqual([got.answers, got.hedged], [{}, { channel: 'ea' }]);
  });
  it("the asker's own statement before the question is a statement", () => {
    assert.deepStrictEqual(understand('Agent: ok, commercial cloud. Did they buy it through an EA?\nCustomer: hmm').answers, { cloud: 'global' });
  });
});

describe('kind: transcript (speaker labels, names and times state nothing)', () => {
  checkKind([
    ['en-US', 'Microsoft Support: hello, how can I help?\nContoso CSP: we resell through a distributor', { partnerType: 'indirectReseller' }],
    ['ru-RU', '[10:02] Microsoft Support: слушаю\n[10:03] Иван (Контора CSP): Azure у них от другого CSP', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '[10:02] 微软支持：您好\n[10:03] 世纪互联客户：我们的 Office 365 是直接从微软买的', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', '10:02 Suporte Microsoft: olá\n10:03 Cliente Contoso CSP: compramos pelo Open', { channel: 'open' }],
    ['hu-HU', 'Ügyintéző (Microsoft Support): jó napot\nÜgyfél (Contoso CSP): Open Value-n vettük', { channel: 'open' }],
  ]);
});

describe('transcript rules: what is a transcript', () => {
  it('turns by two known labels, the label taken off', () => {
    assert.deepStrictEqual(transcriptTurns('Agent: EA?\nCustomer (Contoso): yes'), [
      { speaker: 'agent', text: 'EA?' },
      { speaker: 'customer (contoso)', text: 'yes' },
    ]);
  });
  it('form lines are no transcript ("Cloud: commercial", "Channel: EA")', () => {
    assert.strictEqual(transcriptTurns('Cloud: commercial\nChannel: EA'), undefined);
  });
  it('one speaker is no transcript', () => {
    assert.strictEqual(transcriptTurns('Agent: EA?\nAgent: or Open?'), undefined);
  });
  it('a sentence before a label is no speaker ("T1 partner. Customer: …")', () => {
    assert.strictEqual(transcriptTurns('T1 partner. Customer: Azure plan via EA.'), undefined);
  });
  it('one line is a turn only when its whole name is a known label and it asks', () => {
    assert.strictEqual(transcriptTurns('Customer support team: EA?'), undefined);
    assert.deepStrictEqual(transcriptTurns('Customer (Contoso): EA?'), [{ speaker: 'customer (contoso)', text: 'EA?' }]);
    // A statement on one line is read as written: the label may be a field ("Partner: Litware, they…").
    assert.strictEqual(transcriptTurns('Customer (Contoso): EA'), undefined);
  });
  it('any short name is a speaker once times or known labels make a transcript', () => {
    assert.deepStrictEqual(transcriptTurns('[10:01] Anna: EA?\n[10:02] Béla: yes\nCsaba (Contoso): Open'), [
      { speaker: 'anna', text: 'EA?' },
      { speaker: 'bela', text: 'yes' },
      { speaker: 'csaba (contoso)', text: 'Open' },
    ]);
  });
  it('a name and a time on their own line open a turn written on the lines below', () => {
    assert.deepStrictEqual(transcriptTurns('Kovács Péter  14:02\nEA?\nmég valami\nNagy Anna, [14:03]\nigen'), [
      { speaker: 'kovacs peter', text: 'EA?\nmég valami' },
      { speaker: 'nagy anna', text: 'igen' },
    ]);
  });
  it('a run of spaces inside a name, or a turn, is one space: the same speaker whatever the spacing', () => {
    assert.deepStrictEqual(transcriptTurns('Kovács  Péter  14:02\nEA?\nNagy Anna, [14:03]\nigen\nKovács Péter 14:04\nköszönöm'), [
      { speaker: 'kovacs peter', text: 'EA?' },
      { speaker: 'nagy anna', text: 'igen' },
      { speaker: 'kovacs peter', text: 'köszönöm' },
    ]);
  });
  it('a transcript pasted newest on top is read oldest first; 12-hour times count', () => {
    assert.deepStrictEqual(transcriptTurns('(1:05 PM) Customer: yes\n(12:58 PM) Agent: EA?'), [
      { speaker: 'agent', text: 'EA?' },
      { speaker: 'customer', text: 'yes' },
    ]);
    assert.deepStrictEqual(understand('[10:05:09] Anna: no\n[10:05:01] Me: so EA?').answers, {});
  });
  it('the paster’s note above the transcript is the newest turn', () => {
    assert.deepStrictEqual(transcriptTurns('Update: it is Open.\nAgent: EA?\nCustomer: yes'), [
      { speaker: 'agent', text: 'EA?' },
      { speaker: 'customer', text: 'yes' },
      { speaker: '', text: 'Update: it is Open.' },
    ]);
    assert.deepStrictEqual(understand('Update: they bought it through Open Value.\nAgent: EA?\nCustomer: yes').answers, { channel: 'open' });
  });
});

describe('transcript rules: yes and no', () => {
  const reading = (answers: Understanding['answers']): Understanding => ({ answers, conflicts: [], evidence: {}, negated: [] });
  it('a yes followed by words that answer nothing is no yes ("yeah no")', () => {
    assert.deepStrictEqual(understand('Agent: EA?\nCustomer: yeah no').answers, {});
  });
  it('a sound of listening is no yes ("嗯", «ага», "aham", "aha")', () => {
    assert.deepStrictEqual(understand('客服：是通过EA买的吗？\n客户：嗯，我查一下').answers, {});
    assert.deepStrictEqual(understand('Оператор: через EA?\nКлиент: ага, сейчас посмотрю').answers, {});
  });
  it('a yes before words that answer something takes the question for the rest', () => {
    assert.deepStrictEqual(understand('Agent: EA?\nCustomer: yes it is Office 365').answers, { channel: 'ea', service: 'license' });
  });
  it('a repeated yes or no is one ("no no", "不是不是")', () => {
    assert.deepStrictEqual(understand('Agent: EA?\nCustomer: no no').answers, {});
    assert.deepStrictEqual(understand('客服：是EA吗？\n客户：不是不是，是 Open').answers, { channel: 'open' });
  });
  it('a turn a bare yes answers is a question even without a question mark', () => {
    assert.deepStrictEqual(understand('Agent: so they bought it through EA\nCustomer: no').answers, {});
  });
  it('a statement answered by a question stays a statement', () => {
    assert.deepStrictEqual(understand('Customer: we bought it through EA\nAgent: yes, and which cloud?').answers, { channel: 'ea' });
  });
  it('the turns are merged newest first', () => {
    const seen: string[] = [];
    const got = readTranscript(
      [
        { speaker: 'a', text: 'one' },
        { speaker: 'b', text: 'two' },
      ],
      (text) => {
        seen.push(text);
        return reading(text === 'one' ? { channel: 'ea' } : { channel: 'open' });
      },
      () => false,
    );
    assert.deepStrictEqual([seen, got.answers], [['one', 'two'], { channel: 'open' }]);
  });
});
