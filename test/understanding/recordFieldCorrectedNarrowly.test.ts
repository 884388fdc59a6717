// A record field corrected by a later line of its own ("Note (name, time): corrected – …") takes the later value,
// but only where that line says the field was corrected, below the field, unquoted, with nothing left to check;
// only the first clause after its dash counts, and "fixed", "was wrong" or a quoted older correction change nothing.
import { checkKind } from './kindCheck';

describe('a record field corrected by a later comment, narrowly', () => {
  checkKind([
    [
      'en-US',
      'Case 3021\nProduct: Dynamics 365\nPartner type: direct bill\nNote (R. Gomez, 13:25): corrected – indirect reseller, we order via a distributor.',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      'Заявка 118\nПродукт: Azure\nКанал: Open Value\nКомментарий (Петров, 12:05): исправлено — канал EA, договор подписан в прошлом году.',
      { channel: 'ea', service: 'usage' },
    ],
    ['pt-BR', 'Chamado 77\nProduto: Azure\nCanal: Open Value\nObservação (Rui, 10:15): corrigido – o canal é EA.', { channel: 'ea', service: 'usage' }],
    [
      'hu-HU',
      'Ügy 4411\nTermék: Azure\nPartner típusa: közvetett viszonteladó\nMegjegyzés (Varga, 9:40): partnertípus javítva — közvetlen számlázású partnerek vagyunk.',
      { service: 'usage', partnerType: 'direct' },
    ],
    [
      'zh-CN',
      '工单 5120\n产品：Azure\n合作伙伴类型：间接经销商\n备注（小李，15:30）：已更正 — 我们是直接计费合作伙伴。',
      { service: 'usage', partnerType: 'direct' },
    ],
    [
      'en-US',
      'Ticket: Fabrikam, Office 365 on EA, we are direct bill\nStatus (Dee, 10:05): fixed – the password reset; their Azure trial runs again too.',
      { channel: 'ea', partnerType: 'direct' },
      ['service'],
    ],
    ['en-US', 'Service: Office 365\nChannel: EA\nComment (Dee): the price sheet was wrong – it showed Azure usage.', { channel: 'ea' }, ['service']],
    [
      'en-US',
      'Partner type: indirect reseller\nChannel: EA\nComment (Kim): fixed – the phone number. Before us they had a direct bill partner.',
      { channel: 'ea', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'Goal: take over billing\nService: Office 365\nComment (Dee): corrected – phone number. They wondered if we might support their Azure one day.',
      {},
      ['service'],
    ],
    ['pt-BR', 'Lia (17:20): falei com o cliente, é EA mesmo.\n\n> Caio (09:30): corrigido – Open Value\n> Canal: EA', { channel: 'ea' }],
    ['ru-RU', 'Ольга (17:20): уточнила у клиента, точно EA.\n\n> Игорь (09:30): исправлено — Open Value\n> Канал: EA', { channel: 'ea' }],
    ['hu-HU', 'Eszter (17:20): egyeztettem az ügyféllel, tényleg EA.\n\n> Péter (09:30): javítva – Open Value\n> Csatorna: EA', { channel: 'ea' }],
    ['zh-CN', '小陈（17:20）：跟客户核对过了，确实是 EA。\n\n> 老周（09:30）：已更正 — Open Value\n> 渠道：EA', { channel: 'ea' }],
    ['en-US', 'Dee (17:20): talked to the customer, it really is EA.\n\n> Kim (09:30): corrected – Open Value\n> Channel: EA', { channel: 'ea' }],
    [
      'en-US',
      'Channel: EA\nPartner type: direct bill\nComment (Dee, 08:40): corrected? Kim believes it is Open Value, please confirm first.',
      { partnerType: 'direct' },
      ['channel'],
    ],
    [
      'en-US',
      'Channel: EA\nPartner type: direct bill\nComment (Dee, 08:40): corrected – the customer says Open, but nobody has verified it yet.',
      { partnerType: 'direct' },
      ['channel'],
    ],
    ['ru-RU', 'Канал: EA\nКомментарий (Зоя, 08:40): исправлено — клиент говорит Open, но я ещё не проверила.', {}, ['channel']],
    ['pt-BR', 'Canal: EA\nComentário (Bia, 08:40): corrigido? O Caio acha que é Open Value, confira antes de mudar.', { goal: 'move' }, ['channel']],
    ['hu-HU', 'Csatorna: EA\nMegjegyzés (Réka, 8:40): javítva – az ügyfél szerint Open, de még nem ellenőriztem.', {}, ['channel']],
    ['zh-CN', '渠道：EA\n备注（小赵，08:40）：已更正？老周觉得是 Open Value，改之前请先核实。', {}, ['channel']],
  ]);
});
