// A hurried note answers its own "X or Y?" with the bare reference word right after the question
// mark ("EA or MPSA?? latter", "Open ou CSP? última"): the word picks one option as "the latter"
// does. Russian, Chinese and Hungarian already read it; a word further on, or "latter half", does not.
import { checkKind } from './kindCheck';

describe('a bare reference word answering the question before it', () => {
  checkKind([
    [
      'en-US',
      'Contoso — Visio seats — Open Value or EA?? latter, per their buyer. they just want us to look after it.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Northwind: Azure via EA or Microsoft direct? former, checked on the portal', { channel: 'ea', service: 'usage' }],
    ['en-US', 'Northwind: Azure via EA or Microsoft direct? unclear. latter would be odd at their size', { service: 'usage' }, ['channel']],
    ['pt-BR', 'Cliente Fabrikam, Project: Open Value ou EA?? última, confirmado com compras.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Cliente Fabrikam, Project: Open Value ou EA? Não sei. última coisa: pedir a fatura.', { service: 'license' }, ['channel']],
    ['ru-RU', 'Фабрикам, Visio: Open Value или EA?? последнее, уточнил у закупок.', { channel: 'ea', service: 'license' }],
    ['zh-CN', 'Fabrikam 的 Visio：Open Value 还是 EA？？后者，采购那边确认过。', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Fabrikam, Visio: Open Value vagy EA?? utóbbi, a beszerzés megerősítette.', { channel: 'ea', service: 'license' }],
  ]);
});
