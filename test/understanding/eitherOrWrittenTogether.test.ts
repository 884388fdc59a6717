// Kind "either/or written together": Chinese has no spaces between words, so the options of an
// either/or may stand right against the "or" ("是EA还是Open？", "EA或者Open？"), Latin letters
// and all. It is an either/or as much as "是通过EA买的，还是通过Open买的？": a yes or a no to it
// answers nothing and denies nothing, both options are still asked; a reference ("后者", "第二个")
// picks one. A question opened by the "or" ("是EA吗？还是Open？") goes on the one before it.
// The other four languages write the "or" between spaces (transcript.test.ts, questionNamesCase.test.ts).
import * as assert from 'assert';
import { Answers, QuestionId } from '../../src/domain/questions';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

type Case = [text: string, answers: Answers, conflicts: QuestionId[]];

function check(cases: readonly Case[]): void {
  for (const [text, answers, conflicts] of cases) {
    it(`zh-CN: ${text.replace(/\s+/g, ' ')}`, () => {
      const got = understand(text);
      const none: QuestionId[] = [];
      assert.deepStrictEqual({ answers: got.answers, conflicts: got.conflicts, negated: got.negated }, { answers, conflicts, negated: none });
    });
  }
}

describe('kind: either/or written together, a yes or a no in a transcript leaves both options asked', () => {
  check([
    ['客服：是EA还是Open？\n客户：对', {}, ['channel']],
    ['客服：是EA还是Open？\n客户：不是', {}, ['channel']],
    ['客服：EA或者Open？\n客户：是的', {}, ['channel']],
    ['客服：EA或Open买的？\n客户：不对', {}, ['channel']],
    // Latin letters on one side only: before the "or", then after it.
    ['客服：是EA还是通过Open买的？\n客户：对', {}, ['channel']],
    ['客服：是通过EA买的还是Open？\n客户：不是', {}, ['channel']],
  ]);
});

describe('kind: either/or written together, a yes or a no to a quoted question leaves both options asked', () => {
  check([
    ['客服：是EA还是Open？\n对', {}, ['channel']],
    ['客服：是EA还是Open？\n不是', {}, ['channel']],
    ['客服：EA或者Open？\n是的', {}, ['channel']],
    ['客服：EA或者Open？\n不是', {}, ['channel']],
  ]);
});

describe('kind: either/or written together, a reference picks one of the options', () => {
  check([
    ['客服：是EA还是Open？\n客户：第二个', { channel: 'open' }, []],
    ['客服：EA或者Open？\n后者', { channel: 'open' }, []],
    ['客服：EA或者Open？\n客户：前者', { channel: 'ea' }, []],
  ]);
});

describe('kind: either/or written together, a question opened by the "or" goes on the one before it', () => {
  check([
    ['客服：是EA吗？还是Open？\n客户：对', {}, ['channel']],
    ['客服：是EA吗？还是Open？\n客户：不是', {}, ['channel']],
    ['客服：是EA吗？还是Open？\n客户：前者', { channel: 'ea' }, []],
    ['客服：是EA吗？或者Open？\n客户：第一个', { channel: 'ea' }, []],
  ]);
});

describe('kind: either/or, an "or" inside a question leaves the statement before it a statement', () => {
  // Only a question opened by the "or" goes on the sentence before; here that sentence states the product.
  checkKind([
    ['en-US', 'Agent: ok, Azure. Is it EA or Open?\nCustomer: yes', { service: 'usage' }, ['channel']],
    ['ru-RU', 'Оператор: хорошо, Azure. Это EA или Open?\nКлиент: да', { service: 'usage' }, ['channel']],
    ['zh-CN', '客服：好的，是Azure。是EA还是Open？\n客户：对', { service: 'usage' }, ['channel']],
    ['pt-BR', 'Atendente: ok, Azure. Foi EA ou Open?\nCliente: sim', { service: 'usage' }, ['channel']],
    ['hu-HU', 'Ügyintéző: rendben, Azure. EA vagy Open?\nÜgyfél: igen', { service: 'usage' }, ['channel']],
  ]);
});
