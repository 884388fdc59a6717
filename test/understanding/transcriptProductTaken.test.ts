// The product a question names while asking about something else ("where did they buy Office
// 365?") is the customer's: the answer takes it for granted, and it is quoted in the question's
// words. A yes to a question offering two options answers nothing the question named: the
// product stays to ask about with the rest.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { KindCase } from './kindCheck';

describe("transcript: the product a question takes for granted is quoted in the question's words", () => {
  const cases: KindCase[] = [
    ['en-US', 'Agent: where did they buy Office 365?\nCustomer: through EA', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Оператор: где они покупали Office 365?\nКлиент: через EA', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客服：Office 365 是在哪里买的？\n客户：通过EA', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Atendente: onde eles compraram o Office 365?\nCliente: pelo EA', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Ügyintéző: hol vették az Office 365-öt?\nÜgyfél: EA-n keresztül', { channel: 'ea', service: 'license' }],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text.replace(/\s+/g, ' ')}`, () => {
      const got = understand(text);
      assert.deepStrictEqual([got.answers, got.evidence], [expected, { channel: 'EA', service: 'Office 365' }]);
    });
  }
});

describe('transcript: a yes to an either/or about a product leaves the product asked too', () => {
  const cases: [lang: string, text: string][] = [
    ['en-US', 'Agent: Office 365: do they want to move it to us or only support?\nCustomer: yes'],
    ['ru-RU', 'Оператор: Office 365 — перевести к нам или только поддержка?\nКлиент: да'],
    ['zh-CN', '客服：Office 365 是要迁移过来还是只要支持？\n客户：是的'],
    ['pt-BR', 'Atendente: Office 365: migrar pra vocês ou só suporte?\nCliente: sim'],
    ['hu-HU', 'Ügyintéző: Office 365: átvegyük a számlázást vagy csak támogatás kell?\nÜgyfél: igen'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text.replace(/\s+/g, ' ')}`, () => {
      const got = understand(text);
      assert.deepStrictEqual([got.answers, got.conflicts, got.hedged], [{}, ['goal'], { service: 'license' }]);
    });
  }
});
