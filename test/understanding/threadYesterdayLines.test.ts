// A chat log copied with "yesterday" before the older lines' times ("[Ontem 16:40]", "[Yesterday
// 4:40 PM]") and "today" before the newer ones is oldest first: yesterday's later hour is older
// than this morning's. Read by the hour alone, the log looked pasted newest on top, and
// yesterday's line decided over this morning's.
import { checkKind } from './kindCheck';

describe("kind: thread, chat lines stamped yesterday are older than today's", () => {
  checkKind([
    [
      'pt-BR',
      '[Ontem 17:10] Carla: o Microsoft 365 do cliente veio pelo EA\n[Hoje 08:30] Carla: corrigindo, olhei o contrato: é Open, não EA',
      { channel: 'open', service: 'license' },
    ],
    [
      'pt-BR',
      '[Ontem 18:00] Bruno: querem migrar o Office 365 pra gente\n[Hoje 09:15] Bruno: falei com eles hoje, só querem suporte mesmo',
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      '[Yesterday 4:50 PM] Dana: their Office 365 came through an EA\n[Today 9:05 AM] Dana: checked the paperwork, it was Open not EA',
      { channel: 'open', service: 'license' },
    ],
    [
      'ru-RU',
      '[Вчера 17:10] Ольга: Office 365 у клиента куплен через EA\n[Сегодня 08:30] Ольга: проверила договор: куплен через Open, не через EA',
      { channel: 'open', service: 'license' },
    ],
    ['zh-CN', '[昨天 17:10] 王芳：客户的Office 365是通过EA买的\n[今天 08:30] 王芳：查了合同，是Open买的，不是EA', { channel: 'open', service: 'license' }],
  ]);
});
