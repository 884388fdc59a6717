// "Nem X, csak Y" / "nem X, hanem Y" opening a sentence after X was said corrects it: Y is the
// answer said last, X the one taken back ("…, átvétel. Nem átvétel, csak támogatás.").
import { checkKind } from './kindCheck';

describe('Hungarian: "nem X, csak Y" after X corrects it', () => {
  checkKind([
    ['hu-HU', 'Teams Essentials, 15 db, átvétel. Nem átvétel, csak támogatás, most telefonált az ügyfél.', { service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Exchange Online, támogatás kellene. Nem támogatás, hanem átvétel.', { service: 'license', goal: 'move' }, []],
  ]);
});
