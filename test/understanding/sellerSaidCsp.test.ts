// Kind "seller said to be a CSP": the customer's seller described as a CSP partner ("the shop is
// a CSP partner") is another CSP partner. Unread, a correction to it had nothing to replace: "a
// third-party reseller… actually, the shop IS a CSP partner" kept the third party.
import { checkKind } from './kindCheck';

describe('kind: seller said to be a CSP, a correction that says so replaces the third party', () => {
  checkKind([
    [
      'en-US',
      'Customer has D365 bought from a third party reseller (not a CSP, some software shop). Wait, actually the software shop IS a CSP partner, I just checked.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'ru-RU',
      'Клиент купил Dynamics 365 у стороннего реселлера (не CSP, какой-то магазин софта). Хотя нет, магазин оказался CSP-партнёром, я проверил.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'zh-CN',
      '客户的 Dynamics 365 是从第三方经销商买的（不是 CSP，是个软件店）。不对，那家软件店其实是 CSP 合作伙伴。',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'pt-BR',
      'O cliente comprou o Dynamics 365 de uma revenda terceira (não é CSP, é uma loja de software). Na verdade, a loja é parceira CSP sim.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'hu-HU',
      'Az ügyfél Dynamics 365-öt vett egy harmadik féltől (nem CSP, valami szoftverbolt). Várj, a szoftverbolt mégis CSP partner.',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});

describe('kind: seller said to be a CSP, our own company is no seller', () => {
  checkKind([
    ['en-US', 'Our company is a CSP partner.', {}],
    ['ru-RU', 'Наша компания является CSP-партнером.', {}],
    ['zh-CN', '我们公司是 CSP 合作伙伴。', {}],
    ['pt-BR', 'A nossa empresa é parceira CSP.', {}],
    ['hu-HU', 'A cégünk CSP partner.', {}],
  ]);
});
