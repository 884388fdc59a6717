// A field's value replaced by another, written as an edit ("Channel: EA -> MPSA", a ticket log's
// "changed Channel from "EA" to "Open Value"", «изменил поле «Канал» с … на …», "将 渠道 从 … 改为 …",
// "alterado de … para …"): the old value is no statement. An arrow between two things that are not
// two values of one question ("Open Value customer -> onboarding team") replaces nothing.
import { checkKind } from './kindCheck';

describe('fieldValueReplaced: an edit replaces a field’s old value', () => {
  checkKind([
    [
      'en-US',
      'Ticket 5512 – Birchwood Clinic\nProduct: Microsoft 365 Business Standard, 30 seats\nChannel: Open Value -> EA\nGoal: Support -> Move',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      '09:14  Priya N. changed Purchase channel from "Enterprise Agreement" to "Open Value"\nService: Dynamics 365 Sales',
      { channel: 'open', service: 'license' },
    ],
    ['en-US', 'Channel: another CSP  (updated 3/2 from "EA")\nProduct: Microsoft 365 E3', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Handover: Open Value customer -> onboarding team. Visio Plan 2, they want support.', { channel: 'open', service: 'license', goal: 'support' }],
    ['ru-RU', 'Журнал:\n12.03 10:05 Иванов изменил поле «Канал» с «EA» на «Open Value»\nПродукт: Microsoft 365 E3', { channel: 'open', service: 'license' }],
    ['zh-CN', '2026-03-04 10:12 李娜 将 渠道 从 “EA” 改为 “MPSA”\n产品：Microsoft 365 E3', { channel: 'open', service: 'license' }],
    ['pt-BR', 'Canal: EA → Open Value\nProduto: Microsoft 365 E3', { channel: 'open', service: 'license' }],
    ['hu-HU', 'Csatorna: EA → Open Value\nTermék: Microsoft 365 E3', { channel: 'open', service: 'license' }],
  ]);
});
