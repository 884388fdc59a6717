// A notice or invitation Microsoft sent, forwarded into the chat: "an email from Microsoft" names
// who sent the mail, not where the customer bought ("we got a mail from Microsoft – is it you? we
// buy from another CSP": another CSP, not Microsoft and another CSP asked).
import { checkKind } from './kindCheck';

describe("kind: a forwarded notice's sender is not the channel", () => {
  checkKind([
    [
      'zh-CN',
      '客户转来一封微软发来的邮件，问是不是我们。他们的 Office 365 现在是从另一家 CSP 买的，想让我们接手计费。',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '客户收到了来自微软的通知，问是不是我们发的；他们的 Dynamics 365 是在别的 CSP 那里买的。', { channel: 'otherCsp', service: 'license' }],
    [
      'en-US',
      'Customer forwarded a notification from Microsoft and asked whether it was us. Their Exchange Online is billed by a different CSP today; they want us to look after it.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Клиенту пришло письмо от Microsoft, спрашивают, не мы ли это. Их Office 365 сейчас у другого CSP, хотят перевести к нам.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'O cliente recebeu um e-mail da Microsoft e perguntou se fomos nós. O Office 365 deles está com outro CSP hoje; querem passar para nós.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Az ügyfél kapott egy e-mailt a Microsofttól, és megkérdezte, mi vagyunk-e azok. A 365-öt most egy másik CSP-partnertől veszik.',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});
