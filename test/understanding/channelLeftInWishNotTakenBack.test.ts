// Kind "notButY": "they want the bills from us, not from Microsoft" sets the way the customer leaves
// against the one wished: it takes back no channel said before, and, read alone in a later turn of a
// transcript, denies none. A denial in a sentence with no such wish, or with a purchase told after the
// wish, still takes the channel back.
import { checkKind } from './kindCheck';

describe('kind: "not X but Y": a channel named as the one left, in a wish to move, is not taken back', () => {
  checkKind([
    ['ru-RU', 'Azure у клиента по EA. Хотят, чтобы счета шли от нас, а не по EA.', { channel: 'ea', service: 'usage' }],
    [
      'ru-RU',
      'Клиент: у нас Microsoft 365 по EA.\nОператор: Хотите перевести к нам?\nКлиент: Да, чтобы счета от вас шли, а не по EA.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'They have Microsoft 365 from Microsoft directly. They want the bills to come from us, not from Microsoft.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'O cliente tem Microsoft 365 direto da Microsoft. Querem que a fatura venha de nós, e não da Microsoft.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '客户的 Microsoft 365 是直接从微软买的。他们希望以后由我们开票，而不是微软。', { channel: 'microsoft', service: 'license', goal: 'move' }],
    // A purchase told after the wish is a denial of its own: taken back, asked.
    ['ru-RU', 'Microsoft 365 купили у Microsoft. Хотят перейти к нам, купили не у Microsoft, а у какой-то компании.', { service: 'license', goal: 'move' }],
    [
      'en-US',
      'They bought Microsoft 365 from Microsoft. They want to move to us, and they bought it not from Microsoft but from some company.',
      { service: 'license', goal: 'move' },
    ],
    // No wish in the denying sentence: taken back, asked.
    ['ru-RU', 'Microsoft 365 у клиента по EA. Нет, не по EA, а через какую-то компанию.', { service: 'license' }],
  ]);
});
