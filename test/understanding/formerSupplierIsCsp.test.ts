// Whose words: in a customer's own mail, "our former supplier … — it is a CSP partner" («у нашего
// прежнего поставщика … — это CSP-партнёр», "com nossa antiga empresa de TI …, que é parceira CSP",
// "从我们之前的 IT 服务商…那里买的，他们是微软 CSP 合作伙伴") names the seller the subscriptions came
// from: another CSP partner. The customer's IT firm named with no purchase from it says nothing.
import { checkKind } from './kindCheck';

describe('the customer’s former supplier is a CSP partner (whose words)', () => {
  checkKind([
    ['ru-RU', 'Мы купили лицензии Office 365 E3 у нашего прежнего поставщика ООО «Вектор» — это CSP-партнёр.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Compramos o Office 365 E3 com nossa antiga empresa de TI, a Alfa Sistemas, que é parceira CSP.', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '我们的 Office 365 E3 是从我们之前的 IT 服务商「恒信科技」那里买的，他们是微软 CSP 合作伙伴。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', 'Office 365 E3 是从「恒信科技」那里买的，他们是微软 CSP 合作伙伴。', { channel: 'otherCsp', service: 'license' }],
  ]);
});
