// A chat pasted as lines "Name, 18:40: text" (no brackets) is a chat log: when its times go down
// it is newest on top, so the top line's correction wins over the older line below it.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: thread, chat lines without brackets read by their times', () => {
  checkKind([
    [
      'ru-RU',
      'Переписка с клиентом (новые сверху):\nАнна, 11:20: Нет, Office 365 брали у другого CSP-партнёра, не у Microsoft.\nАнна, 09:05: Office 365 покупали напрямую у Microsoft.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'en-US',
      'Chat with the customer, newest first:\nMark, 14:30: Correction, the Azure subscription was bought from another CSP partner, not from Microsoft.\nMark, 10:10: We bought Azure directly from Microsoft.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'pt-BR',
      'Conversa com o cliente (mais recentes em cima):\nPaulo, 17:45: Corrigindo: o Azure foi comprado de outro parceiro CSP, não da Microsoft.\nPaulo, 15:00: O Azure foi comprado direto da Microsoft.',
      { channel: 'otherCsp', service: 'usage' },
    ],
  ]);
});
