// A record's timeline (lines opening with a year, a day and month with a time, or a month's name
// and day) is read entry by entry in the order of its dates, newest on top or oldest first: the
// latest entry that says anything of a question decides it. Stamps out of order leave one text.
import { checkKind } from './kindCheck';

describe('a timeline read by its dates', () => {
  checkKind([
    [
      'en-US',
      'Opportunity: Birchwood Dental\nHistory\n2019-05  Office 2019 bought under Open Value\n2024-01  Moved to Microsoft 365 Business Premium on an Enterprise Agreement\n2025-06  Customer asked us to look after the tenant',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Case 7710 · Birchwood Dental\n[May 21 14:05] Mail from Tom (IT): "Correction: the Microsoft 365 seats are not on an EA, we pay Microsoft directly by card. Support only please."\n[May 20 09:30] Call: Tom says the licences sit on their EA.\n[May 19 17:00] Case opened.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Заявка 5521 · ООО «Речной порт»\nИстория (новые сверху)\n▸ 21.05 11:30 · Письмо от Олега (ИТ): «Поправка: Microsoft 365 E3 у нас не по EA, мы берём его у другого CSP-партнёра. Просим только поддержку.»\n▸ 20.05 09:10 · Звонок: Олег говорит, что подписки по EA.\n▸ 19.05 16:45 · Заявка создана.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '客户：北辰物流\n历史记录\n  2019  Open Value（Office 2019）\n  2023  改为 EA，Microsoft 365 E3\n  2025  客户要我们做日常运维',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Oportunidade 7781 · Farmácia Boa Vista\nHistórico (mais recente primeiro)\n▸ 22/05 15:20 · E-mail do cliente: "Correção: o Microsoft 365 Business Standard não é do EA, compramos direto da Microsoft no cartão. Queremos só suporte."\n▸ 21/05 10:00 · Ligação: cliente disse que as licenças estão no EA.\n▸ 20/05 08:30 · Oportunidade criada.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Ügyfél: Balaton Pékség Kft.\nElőzmények\n  2020 – Open Value (Office 2019)\n  2023 – átállás Microsoft 365 Business Standardra EA alatt\n  2025 – támogatást kérnek tőlünk',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    // Near misses: one dated line is no timeline, dates out of order are no order, a chat log keeps its reading.
    [
      'en-US',
      'Account: Birchwood Dental\n2025-06  Customer on Open Value, asked us to look after the Office tenant\nBefore that they were on an Enterprise Agreement',
      { service: 'license', goal: 'support' },
      ['channel'],
    ],
    [
      'en-US',
      'Account: Birchwood Dental\n2023  Office 2019 bought under Open Value\n2019  Moved to Microsoft 365 Business Premium on an Enterprise Agreement\n2025  Customer asked us to look after the tenant',
      { service: 'license', goal: 'support' },
      ['channel'],
    ],
    [
      'en-US',
      'Notes from the call\n[10:01] Dana: they bought Microsoft 365 under Open Value\n[10:03] Dana: sorry, EA, not Open Value\n[10:05] Dana: they want us to look after it',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
