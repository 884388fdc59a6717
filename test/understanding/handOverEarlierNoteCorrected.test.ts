// A later note correcting or confirming an earlier one (earlierNote.ts): what the earlier shift,
// an old note or someone in the CRM wrote ("day shift wrote", "the old note says", «ночная смена
// написала», "夜班写的是", "a nota antiga diz", "a régi jegyzet szerint") yields to what the message
// itself says after it; said alone, it still answers. A CRM comment saying a field is wrong takes
// the field's value back, and a numbered hand-over's "this chat is about #3" keeps that case only.
import { checkKind } from './kindCheck';

describe('handOverEarlierNoteCorrected: a later note corrects an earlier note or a field', () => {
  checkKind([
    [
      'en-US',
      "Hand-off for Redwood Dental: day shift wrote they want us to take over billing - corrected after this morning's call: they only want admin help. Office 365 E1 on an EA.",
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Case 7741. The old note says EA. Checked with their controller today, it is Open Value, renewal in June. Visio Plan 2.',
      { channel: 'open', service: 'license' },
    ],
    // A note's later "EDIT <date>:" line corrects what the note said before it.
    [
      'en-US',
      'Notes for Alder Books: Office 365 E3 via EA, customer asked for support only.\nEDIT 4/2: they now want us to take over billing.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    // Only confirmed: the old note still answers.
    ['en-US', 'The old note says Open Value and their controller confirmed it today. Visio Plan 2.', { channel: 'open', service: 'license' }],
    [
      'en-US',
      'Somebody tagged this case as GCC. They log in to a plain commercial tenant. Teams Essentials, 12 users.',
      { cloud: 'global', service: 'license' },
    ],
    [
      'en-US',
      'Ticket fields:\nChannel: Open\nProduct: Dynamics 365 Sales (20)\nNote from M. Diaz: channel field is wrong - the customer pays Microsoft directly by card.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'en-US',
      'Night handover, two cases, this chat is about #1\n1) Gull Rock Bakery - EA, Office 365 E3, support only.\n2) Fernhill Optics - Azure from another CSP, they want to move.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Заметки смены. Ночная смена написала EA. Клиент на Open Value, Visio Plan 2.', { channel: 'open', service: 'license' }],
    ['zh-CN', '夜班写的是 EA。客户用的是 Open Value，产品是 Visio Plan 2。', { channel: 'open', service: 'license' }],
    ['pt-BR', 'A nota antiga diz EA. O cliente está no Open Value, Visio Plan 2.', { channel: 'open', service: 'license' }],
    // Portuguese "de" (of, from) after the earlier note's words is no contrast: the note's value stays the note's.
    [
      'pt-BR',
      'O turno anterior anotou que a licença veio de um parceiro Advisor. Liguei hoje: eles assinaram tudo pelo site da Microsoft. Teams Essentials.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['hu-HU', 'A régi jegyzet szerint EA. Az ügyfél Open Value-n van, Visio Plan 2.', { channel: 'open', service: 'license' }],
    [
      'ru-RU',
      'Заметки смены, два клиента, этот чат про 2\n1) Пекарня «Колос» — EA, Office 365 E3, только поддержка.\n2) Оптика «Линза» — Microsoft 365 E5 от другого CSP, хотят перенести к нам.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Passagem de turno, dois clientes, este chat é sobre o 2\n1) Padaria Trigo — EA, Office 365 E3, só suporte.\n2) Ótica Lente — Microsoft 365 E5 de outro parceiro CSP, querem migrar para nós.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
