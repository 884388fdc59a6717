// Hungarian goal words about the invoice: "ha mostantól ti számláznátok" (you to bill from now
// on) and "egy közös számlát akarnak" (one invoice) take over the billing; "a
// számlázás marad" and "a számlát továbbra is ő fizeti" keep it where it is, so only support is
// wanted. Read before as no goal.
import { checkKind } from './kindCheck';

describe('goal words: who bills from now on, or the billing stays', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél írta: jó lenne, ha mostantól ti számláznátok a Microsoft 365-öt.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Egy közös számlát akarnak minden Microsoft 365 licencre.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Exchange Online-t a Microsofttól vették; a számlázás marad, ahogy van.', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['hu-HU', 'Office 365 EA-n. A számlát továbbra is ő fizeti, mi legyünk a kapcsolattartó.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
