// A Q&A's label alone ("Q:", "Kérdés:", «Вопрос:», "Pergunta:", "问：") heads the partner's own
// question put to the bot, the case described with it: read as written. With its answer's label on
// another line ("Válasz: igen") the two are a transcript, the question answered.
import { checkKind } from './kindCheck';

describe("question: a Q&A label alone heads the partner's own question", () => {
  checkKind([
    ['hu-HU', 'Kérdés: az ügyfél EA-n vette az Office 365-öt, támogathatjuk őket?', { channel: 'ea', service: 'license', goal: 'support' }],
    ['en-US', 'Q: customer bought Office 365 through an EA, can we support them?', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Вопрос: клиент купил Office 365 по EA, можем ли мы их поддерживать?', { channel: 'ea', service: 'license', goal: 'support' }],
    ['pt-BR', 'Pergunta: o cliente comprou o Office 365 pelo EA, podemos dar suporte?', { channel: 'ea', service: 'license', goal: 'support' }],
    ['zh-CN', '问：客户通过EA买的Office 365，我们能帮他们做支持吗？', { channel: 'ea', service: 'license', goal: 'support' }],
    ['hu-HU', 'Kérdés: EA-n vették az Office 365-öt?\nVálasz: igen', { channel: 'ea', service: 'license' }],
    ['en-US', 'Q: did they buy Office 365 through an EA?\nA: yes', { channel: 'ea', service: 'license' }],
  ]);
});
