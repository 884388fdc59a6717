// 21Vianet as the subject of a verb of selling or billing to the customer ("21Vianet itself sells
// them …", "maga a 21Vianet forgalmazza nekik", «продаёт сам 21Vianet») is the channel, beside the
// cloud it names; billing us (the partner) for what we resell names no channel.
import { checkKind } from './kindCheck';

describe('21Vianet said to sell or bill the customer itself is the channel', () => {
  checkKind([
    [
      'en-US',
      'Shenzhen office on the China cloud: 21Vianet itself sells them the Microsoft 365 seats.',
      { cloud: 'china', channel: 'vianet', service: 'license' },
    ],
    ['en-US', 'China cloud. 21Vianet bills us for the Azure we resell.', { cloud: 'china', service: 'usage' }],
    ['hu-HU', 'Kínai iroda, az Office 365-öt maga a 21Vianet forgalmazza nekik.', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['hu-HU', 'Kínai felhő, a 21Vianet számlázza nekünk az Azure-t.', { cloud: 'china', service: 'usage' }],
    ['ru-RU', 'Офис в Пекине: Microsoft 365 им продаёт сам 21Vianet.', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['ru-RU', 'Китайское облако, 21Vianet выставляет счета нам за Azure, который мы перепродаём.', { cloud: 'china', service: 'usage' }],
    ['zh-CN', 'Office 365 是世纪互联自己卖的。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['pt-BR', 'Escritório em Xangai: a própria 21Vianet vende o Office 365 para eles.', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
