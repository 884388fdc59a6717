// Kind "transcript": a yes or a no that does not answer. Said under a doubt ("no idea", "yes,
// probably"), or to a question offering two options ("EA? Or Advisor?" – "yes"), it leaves the
// question asked, naming what it offered; never the other option, never the last one offered.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: transcript, a yes or a no under a doubt answers nothing', () => {
  checkDoubted([
    ['en-US', 'Agent: Do they want to move the subscriptions to you?\nCustomer: no idea', {}, { goal: 'move' }],
    ['en-US', 'Agent: Did they buy it through EA?\nCustomer: yes, probably, not sure', {}, { channel: 'ea' }],
    ['ru-RU', 'Агент: покупали через EA?\nКлиент: нет, не знаю', {}, { channel: 'ea' }],
    ['pt-BR', 'Atendente: eles querem migrar as assinaturas pra vocês?\nCliente: não sei', {}, { goal: 'move' }],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\nÜgyfél: nem tudom', {}, { channel: 'ea' }],
  ]);
});

describe('kind: transcript, a yes to a question offering two options answers nothing', () => {
  checkKind([
    ['en-US', 'Agent: Did they buy it through an EA? Or from an Advisor partner?\nCustomer: yes', {}, ['channel']],
    ['ru-RU', 'Агент: покупали через EA? Или через Advisor?\nКлиент: да', {}, ['channel']],
    ['zh-CN', '客服：是通过EA买的吗？还是通过Advisor？\n客户：是的', {}, ['channel']],
    ['pt-BR', 'Atendente: compraram pelo EA? Ou por um Advisor?\nCliente: sim', {}, ['channel']],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették? Vagy Advisoron keresztül?\nÜgyfél: igen', {}, ['channel']],
  ]);
  checkDoubted([['en-US', 'Agent: Did they buy it from you, or through EA?\nCustomer: yes', {}, { channel: 'ea' }]]);
  it('a plain yes to one option still takes it', () => {
    assert.deepStrictEqual(understand('Agent: Did they buy it through EA?\nCustomer: yes').answers, { channel: 'ea' });
  });
});

describe('kind: transcript, a 12-hour clock passing 12 keeps the turns in their order', () => {
  it('reads 12:58, 12:59, 1:02, 1:03 as one call going on', () => {
    const got = understand(
      '[12:58] Agent: Did they buy it through EA?\n[12:59] Customer: yes\n[1:02] Agent: Do they want to move the subscriptions to you?\n[1:03] Customer: no, only support for now.',
    );
    assert.deepStrictEqual(got.answers, { channel: 'ea', goal: 'support' });
  });
});
