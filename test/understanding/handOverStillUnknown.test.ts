// A hand-over's list of what is not known yet (earlierNote.ts `stillUnknown`): under a label with
// its colon ("Unknown:", "Open:", «Неизвестно:», "待确认：", "Pendente:", "Nyitott:"), one value named
// is a question for later, not a statement, and the label "Open" is no channel; two values of
// one question there ("GCC or commercial?") stay, to be asked.
import { checkKind } from './kindCheck';

describe('handOverStillUnknown: what a hand-over lists as not known yet', () => {
  checkKind([
    [
      'en-US',
      'Ridgeway Farms: Microsoft 365 Business Premium bought from another CSP.\nUnknown: any Dynamics? / who the GA is',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'en-US',
      'Summary: Exchange Online Plan 2 bought straight from Microsoft, they want us to take it over.\nOpen: seat count, GA contact',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Summary: Exchange Online Plan 2 via EA, support only.\nOpen: GCC or commercial? nobody knows yet',
      { channel: 'ea', service: 'license', goal: 'support' },
      ['cloud'],
    ],
    [
      'ru-RU',
      'Клиент «Север»: Microsoft 365 E3 у другого CSP-партнёра.\nНеизвестно: есть ли Azure, кто глобальный админ',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'pt-BR',
      'Cliente Ipê: Microsoft 365 E3 comprado de outro parceiro CSP.\nPendente: tem Azure? quem é o admin global',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});
