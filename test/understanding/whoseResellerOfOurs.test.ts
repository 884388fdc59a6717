// Whose words: a reseller the writer calls its own ("our reseller", «наш непрямой реселлер»,
// "我们的二级经销商", "nossa revenda", "viszonteladónk") or one that buys through us, said right
// after it, is another party: its role is not the writer's, and the writer's own role is read
// only from the writer's words for it. Said to the reader ("you are our reseller"), the reader is
// that reseller.
import { checkKind } from './kindCheck';

describe('whose words: a reseller of ours is another party', () => {
  checkKind([
    ['ru-RU', 'Клиент брал Office 365 по EA. Ведёт его «Альфа-Сервис», это наш непрямой реселлер.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Клиент брал Office 365 по EA, оформляем на «Альфа-Сервис», они у нас непрямой реселлер.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是走 EA 买的，由「星河」接，星河是我们的二级经销商。', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O cliente comprou o Office 365 por EA. Quem atende é a Nuvem Sul (nossa revenda indireta).', { channel: 'ea', service: 'license' }],
    [
      'en-US',
      'The customer bought Office 365 on an EA. Brookfield IT, our T2 reseller, will support them.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    // A reseller that buys through us, said right after it.
    ['hu-HU', 'A Tisza Soft (T2 viszonteladó, rajtunk keresztül vásárol) ügyfele EA-n vette az Office 365-öt.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '经销商「云川」现在是 CSP 间接经销商（通过我们拿货），客户的 Office 365 是走 EA 买的。', { channel: 'ea', service: 'license' }],
    // The writer's own words for its role are read.
    [
      'en-US',
      'Distributor desk here: our T2 reseller Brookfield has a customer on an EA with Office 365.',
      { channel: 'ea', service: 'license', partnerType: 'indirectProvider' },
    ],
    // Said to the reader: the reader is the reseller.
    [
      'pt-BR',
      'Como vocês são revenda nossa, o convite sai pelo nosso portal. O cliente comprou o Office 365 por EA.',
      { channel: 'ea', service: 'license', partnerType: 'indirectReseller' },
    ],
  ]);
});
