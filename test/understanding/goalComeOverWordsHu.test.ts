// Hungarian ways of saying the licences come over to the partner, read before as no goal:
// "Önökhöz kerülnének" (would come to you), "át akarnak állni ránk" (want to switch to us),
// "Önöktől szeretnénk venni" (we'd like to buy from you), "mi fizetnénk mindent" (we would pay
// for everything).
import { checkKind } from './kindCheck';

describe('goal words: Hungarian licences coming over to the partner', () => {
  checkKind([
    ['hu-HU', 'Az Office 365 E3 licencek a lejárat után Önökhöz kerülnének.', { service: 'license', goal: 'move' }, []],
    ['hu-HU', 'Microsoft 365 Business Basic, az ügyfél át szeretne állni ránk.', { service: 'license', goal: 'move' }, []],
    ['hu-HU', 'A Dynamics 365-öt ezután Önöktől szeretnénk venni.', { service: 'license', goal: 'move' }, []],
    ['hu-HU', 'Office 365 E1, a megújítástól mi fizetnénk mindent.', { service: 'license', goal: 'move' }, []],
  ]);
});
