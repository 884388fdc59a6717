// A ticket's updates stamped with their time ("[05/09 16:20 AB] text", "[14:30] text", "09:50 —
// text") and pasted newest on top are a log read newest first: the top update decides. Written
// oldest first, they stay one text read in order, as before. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: thread, updates stamped with their time, newest on top', () => {
  checkKind([
    [
      'en-US',
      'Ticket #5120 (newest first)\n[06/02 15:40 KM] Spoke with the owner: they do NOT want us to take over billing, support only.\n[06/02 09:10 KM] Office manager says they want to move the M365 billing to us.\n[06/01 16:00 KM] Microsoft 365 Business Premium x25, bought directly from Microsoft.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      '#7731 Tiszaparti Kft. (legújabb felül)\n[15:20] Javítás: az Office 365-öt mégsem a Microsofttól vették, hanem egy másik CSP partnertől.\n[11:05] Az Office 365-öt közvetlenül a Microsofttól vették, támogatást kérnek.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Заявка 4410 (новые сверху)\n16:30 — поправка: Azure купили не у Microsoft, а у другого CSP-партнёра.\n11:15 — Azure куплен напрямую у Microsoft.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'pt-BR',
      'Chamado 3321 (mais novo em cima)\n14/03 17:10 – corrigindo: o Azure não foi comprado direto da Microsoft, foi de outro parceiro CSP.\n14/03 09:30 – o Azure foi comprado direto da Microsoft.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    // Oldest first: one text read in order, where the last update's wish decides (read apart, the
    // ticket's title above the log would be its newest part, and "酒店管理" in the customer's name a
    // wish for support).
    [
      'zh-CN',
      '工单 2231 上海澜庭酒店管理\n11-08 09:20 客户的 Microsoft 365 是在京东买的零售卡。\n11-08 11:00 客户想把订阅转到我们这边，由我们开票。',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    // Two updates of the same minute go down nowhere: one text, read in order.
    [
      'en-US',
      'Ticket 881 – Harbor Property Management\n06/02 15:40 Office 365 bought at a retail store.\n06/02 15:40 They want us to take over the billing.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
  ]);
});
