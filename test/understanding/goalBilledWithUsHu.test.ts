// "velünk számlázva" (billed with us) asks for the billing to move to this partner, as
// "nálatok legyen a számlázás" does.
import { checkKind } from './kindCheck';

describe('billed with us is a move (hu)', () => {
  checkKind([
    ['hu-HU', 'A tulajdonos szerint a Microsoft 365 licenceket is nálunk akarják, velünk számlázva.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Office 365 licenceket ezentúl velünk számláztatnák.', { service: 'license', goal: 'move' }],
  ]);
});
