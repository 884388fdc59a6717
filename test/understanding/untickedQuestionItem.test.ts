// An empty checklist box whose item is a question ("[ ] EA / Open?") is a question still to be asked,
// not an answer nor a choice left open: the ticked items decide. An empty box stating a value plainly,
// or a choice without a question mark, keeps its old reading.
import { checkKind } from './kindCheck';

describe('an unticked checklist item that is a question', () => {
  checkKind([
    [
      'en-US',
      'Onboarding list\n[x] Workload: Azure\n[ ] MPSA / EA?\n[x] Purchase route: card payments straight to Microsoft',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['ru-RU', 'Чек-лист\n[x] Продукт: Azure\n[ ] EA / Open?\n[x] Покупка: напрямую у Microsoft картой', { channel: 'microsoft', service: 'usage' }],
    [
      'pt-BR',
      'Checklist do cliente\n[x] Produto: Exchange Online\n☐ EA ou Open?\n[x] Compra: direto da Microsoft no cartão',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'hu-HU',
      'Ellenőrzőlista\n[x] Termék: Exchange Online\n[ ] EA / Open?\n[x] Beszerzés módja: bankkártyával, közvetlenül a Microsofttól',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'en-US',
      'Onboarding list\n[x] Workload: Azure\n[ ] MPSA / EA\n[x] Purchase route: card payments straight to Microsoft',
      { service: 'usage' },
      ['channel'],
    ],
    ['en-US', 'Onboarding list\n[x] Workload: Azure\n[ ] Channel: EA', { channel: 'ea', service: 'usage' }],
  ]);
});
