// Kind "thread": a chat reply that opens with a reference to one of two options ("the latter.",
// «последнее», "后者。", "o primeiro", "az utóbbi") answers the question of the message it replies
// to ("EA or Advisor?"), a colleague reads it so; without such a question before it, or with the
// reference deeper in the reply, nothing is taken from it.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { answeredQuestions } from '../../src/domain/understanding/quoteOrder';
import { checkKind } from './kindCheck';

describe('kind: thread, a reply opening with a reference answers the question it replies to', () => {
  checkKind([
    [
      'en-US',
      '[10:05] Kim: the latter. global Partner Center, Office 365 E3, they just want support\n[10:03] Lee: did they buy it through EA or through the Advisor program?\n[10:01] Kim: new customer here',
      { cloud: 'global', channel: 'advisor', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      '[10:01] Олег: новый клиент\n[10:03] Ира: через EA или через Open Value?\n[10:05] Олег: первое. У них Office 365, хотят перейти к нам',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '[14:32] 李娜：前者。Office 365，要转到我们这\n[14:30] 王强：是从EA买的，还是通过Open Value买的？\n[14:28] 李娜：新客户',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      '[09:15] Carla: o segundo. é Azure\n[09:14] João: foi pelo Open Value ou por outro parceiro CSP?\n[09:10] Carla: cliente novo',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'hu-HU',
      '[11:05] Gábor: az előbbi. Office 365 E3, csak támogatást kérnek\n[11:03] Anna: EA-n vagy Advisor programon keresztül vették?\n[11:01] Gábor: új ügyfél',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);

  it('leaves the either/or asked when the reply names no option (no reference at its opening)', () => {
    const got = understand('[10:05] Kim: not sure yet, Office 365 E3\n[10:03] Lee: did they buy it through EA or through the Advisor program?');
    assert.deepStrictEqual(got.conflicts, ['channel']);
  });

  it('joins a reply to the part just older than it, and only a reply that opens with a reference', () => {
    const opens = (p: string): boolean => p.startsWith('the latter');
    assert.deepStrictEqual(answeredQuestions(['the latter. Azure', 'EA or Open?', 'hi'], opens), ['EA or Open?\nthe latter. Azure', 'EA or Open?', 'hi']);
    assert.deepStrictEqual(answeredQuestions(['Azure', 'the latter.'], opens), ['Azure', 'the latter.']);
  });

  it('reads a reference as the opening after a short greeting, not deep inside the reply', () => {
    const near = understand('[10:05] Kim: hi Lee, the latter. Office 365\n[10:03] Lee: EA or Advisor?');
    assert.strictEqual(near.answers.channel, 'advisor');
    const deep = understand('[10:05] Kim: Office 365 E3 for a law firm of twelve people, the latter\n[10:03] Lee: EA or Advisor?');
    assert.deepStrictEqual(deep.conflicts, ['channel']);
  });
  it('reads a reference beginning within sixteen characters of the reply as its opening, not one further in', () => {
    // "good day team , the latter": the reference begins at the sixteenth character; "hello dear all , the latter": at the seventeenth.
    assert.strictEqual(understand('[10:05] Kim: good day team, the latter. Azure\n[10:03] Lee: EA or Advisor?').answers.channel, 'advisor');
    assert.deepStrictEqual(understand('[10:05] Kim: hello dear all: the latter. Azure\n[10:03] Lee: EA or Advisor?').conflicts, ['channel']);
  });
});
