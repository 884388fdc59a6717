// Own words for the partner's role: Microsoft billing us directly ("Microsoft bills us directly",
// «Microsoft выставляет нам счета напрямую», "微软直接给我们开票", "a Microsoft fatura direto pra
// gente", "a Microsoft közvetlenül nekünk számláz") makes us a direct-bill partner. Microsoft
// billing the customer directly says nothing of our role.
import { checkKind } from './kindCheck';

describe('own words: Microsoft bills us directly', () => {
  checkKind([
    ['en-US', 'Microsoft bills us directly, no distributor in between. The customer has Azure.', { partnerType: 'direct', service: 'usage' }],
    ['en-US', 'microsoft invoices us directly for this customer', { partnerType: 'direct' }],
    ['ru-RU', 'нам Microsoft выставляет счета напрямую, без дистрибьютора. У клиента Azure', { partnerType: 'direct', service: 'usage' }],
    ['ru-RU', 'Microsoft выставляет нам счета напрямую', { partnerType: 'direct' }],
    ['zh-CN', '微软直接给我们开票，客户用的是Azure', { partnerType: 'direct', service: 'usage' }],
    ['pt-BR', 'a Microsoft fatura direto pra gente, o cliente tem Azure', { partnerType: 'direct', service: 'usage' }],
    ['pt-BR', 'a Microsoft nos fatura diretamente', { partnerType: 'direct' }],
    ['hu-HU', 'a Microsoft közvetlenül nekünk számláz, az ügyfélnek Azure-ja van', { partnerType: 'direct', service: 'usage' }],
  ]);
});

describe('own words: Microsoft billing the customer directly is not our role', () => {
  checkKind([
    ['en-US', 'Microsoft bills the customer directly', {}],
    ['ru-RU', 'Microsoft выставляет клиенту счета напрямую', {}],
    ['zh-CN', '微软直接给客户开票', {}],
    ['pt-BR', 'a Microsoft fatura direto o cliente', {}],
    ['hu-HU', 'a Microsoft közvetlenül az ügyfélnek számláz', {}],
  ]);
});
