// Goal words: keeping what the customer has in working order ("keep it running", «держать в
// порядке», "帮忙管着", "manter funcionando", "rendben tartsa") is support, said in everyday words.
// The near misses use the same words for something else and read no goal.
import { checkKind } from './kindCheck';

describe('goal words: keeping it in working order is support', () => {
  checkKind([
    ['en-US', 'they bought Office 365 from Microsoft and want us to keep it running', { channel: 'microsoft', service: 'license', goal: 'support' }],
    [
      'en-US',
      'they bought Office 365 from Microsoft, we just keep everything in order for them',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'клиент купил Office 365 у Microsoft, хочет, чтобы мы держали всё в порядке', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['zh-CN', '客户从微软买的Office 365，想让我们帮忙管着', { channel: 'microsoft', service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'o cliente comprou o Office 365 da Microsoft e quer que a gente mantenha tudo funcionando',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'o cliente comprou o Office 365 da Microsoft, querem que a gente mantenha tudo em ordem',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'az ügyfél a Microsofttól vette az Office 365-öt, azt akarják, hogy valaki rendben tartsa',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});

describe('goal words: the same words for something else read no goal', () => {
  checkKind([
    ['en-US', 'the Office 365 from Microsoft is running fine, they placed the order in May', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'клиент купил Office 365 у Microsoft, с лицензиями всё в порядке', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '客户从微软买的Office 365，他们自己的IT一直管着账号密码', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'o cliente comprou o Office 365 da Microsoft e está tudo funcionando', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'rendben, az ügyfél a Microsofttól vette az Office 365-öt', { channel: 'microsoft', service: 'license' }],
  ]);
});

describe('goal words: the customer keeping it running itself is no goal of ours', () => {
  checkKind([
    ['en-US', 'they bought Office 365 from Microsoft and want to keep it running themselves', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'клиент купил Office 365 у Microsoft, их админ сам держит всё в порядке', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '客户从微软买的Office 365，一直是他们自己管着', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'o cliente comprou o Office 365 da Microsoft e o TI deles mantém tudo funcionando', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'az ügyfél a Microsofttól vette az Office 365-öt, a saját rendszergazdájuk rendben tartja', { channel: 'microsoft', service: 'license' }],
  ]);
});
