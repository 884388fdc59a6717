// Thread: a conversation exported with each line stamped "Nov 14, 3:41 PM - Name: text" (or
// "14/11/2025, 15:41 - Name: text") is a log; pasted newest on top, its top line is the newest
// message and decides, and a later day counts before an earlier hour.
import { checkKind } from './kindCheck';

describe('thread: lines stamped with a date and a time, pasted newest on top, are read newest first', () => {
  checkKind([
    [
      'en-US',
      'Case 5531 (latest first)\nNov 14, 3:41 PM - Ann Lee (Contoso): Forget the billing for now, please just manage the tenant.\nNov 14, 3:12 PM - Ann Lee: We want you as our partner of record for Office 365.',
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Nov 15, 9:02 AM - Ann Lee: Thinking again, just manage our Office 365 for now.\nNov 14, 4:40 PM - Ann Lee: We want you to take over the billing.',
      { service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      '14/11/2025, 15:41 - Ana Souza: Esquece o faturamento por enquanto, só gerenciem o Office 365.\n14/11/2025, 15:12 - Ana Souza: Queremos vocês como parceiro de registro do Office 365.',
      { service: 'license', goal: 'support' },
    ],
    // Written oldest first, the last line decides as before (a guard).
    [
      'en-US',
      'Nov 14, 4:40 PM - Ann Lee: Just manage our Office 365 for now.\nNov 15, 9:02 AM - Ann Lee: Thinking again, we want you to take over the billing.',
      { service: 'license', goal: 'move' },
    ],
  ]);
});
