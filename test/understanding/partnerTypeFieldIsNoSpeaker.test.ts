// A record's field whose label holds a speaker's word but names a question ("Partner type:", "Partner role:")
// is a field, not the partner speaking: beside "Customer:" it makes no transcript, and its value is read.
// A transcript's labels ("Agent:", "Customer:") still take turns.
import { checkKind } from './kindCheck';

describe('a partner type field is no speaker', () => {
  checkKind([
    ['en-US', 'Customer: Stillwater Optics\nBought from: Microsoft direct (card)\nPartner type: Direct', { channel: 'microsoft', partnerType: 'direct' }],
    ['en-US', 'Customer: Stillwater Optics\nProduct: Azure\nPartner role: Indirect reseller', { service: 'usage', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Клиент: ООО «Ромашка»\nКуплено: напрямую у Microsoft\nТип партнёра: прямой', { channel: 'microsoft', partnerType: 'direct' }],
    ['pt-BR', 'Cliente: Padaria Sol\nComprado de: Microsoft direto\nTipo de parceiro: direto', { channel: 'microsoft', partnerType: 'direct' }],
    ['hu-HU', 'Ügyfél: Kovács Kft.\nVásárlás: közvetlenül a Microsofttól\nPartnertípus: közvetlen', { channel: 'microsoft', partnerType: 'direct' }],
    ['zh-CN', '客户：光谷云图\n购买渠道：微软直销\n我方角色：二级经销商', { channel: 'microsoft', partnerType: 'indirectReseller' }],
    ['en-US', 'Agent: did they buy through EA?\nCustomer: yes.', { channel: 'ea' }],
  ]);
});
