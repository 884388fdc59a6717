// Microsoft's notice that "your partner can no longer sell subscriptions in CSP", forwarded by the
// customer, or the agent's own "their CSP lost its authorisation": the customer bought from
// another CSP partner (one that lost its authorisation is still one), not from Microsoft.
import { checkKind } from './kindCheck';

describe("channel: the customer's partner that may no longer sell in CSP", () => {
  checkKind([
    [
      'zh-CN',
      '客户转来通知：“您的合作伙伴 某某科技 已不能再通过 CSP 销售订阅。” 客户用的是 Microsoft 365，想转到我们这里。',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Forwarded by the customer: "Your partner Fabrikam Ltd can no longer sell new subscriptions through CSP." They run Microsoft 365 and want us to take over the billing.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Клиент переслал уведомление: «Ваш партнер ООО Вектор больше не может продавать подписки по программе CSP». У них Office 365.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'Короче, их CSP потерял авторизацию, а Office 365 у них остался.', { channel: 'otherCsp', service: 'license' }],
    [
      'pt-BR',
      'O cliente encaminhou o aviso: "Seu parceiro Nuvem Sul não pode mais vender assinaturas no CSP." Eles usam Office 365.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'hu-HU',
      'Az ügyfél továbbította: „Az Ön partnere (Alfa Kft.) a továbbiakban nem értékesíthet előfizetéseket a CSP-ben." Office 365-öt használnak.',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});
