// "Átadás-átvétel:" opening a handover note is its heading (duties handed over for a holiday), not
// the customer's move; what the note says after it is read as usual.
import { checkKind } from './kindCheck';

describe('handover: the heading of a handover note is not the move', () => {
  checkKind([
    ['hu-HU', 'Átadás-átvétel, jövő hét:\nMicrosoft 365, csak üzemeltetést kérnek, a számlázás marad.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Átadás-átvétel: Office 365, át akarják hozni hozzánk a számlázást.', { service: 'license', goal: 'move' }],
    ['en-US', 'Handover, next week:\nMicrosoft 365, they only want us to manage it, billing stays where it is.', { service: 'license', goal: 'support' }],
  ]);
});
