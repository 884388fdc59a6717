// Hungarian goal words: keeping a service alive ("tartsa életben") asks for support; handing the
// billing over ("lepasszolni", "le akarják passzolni") or "mi legyünk a számlázó partner" asks to
// move; "csé esz pé" is CSP spelled aloud.
import { checkKind } from './kindCheck';

describe('words: Hungarian keep alive, hand over the billing, CSP spelled aloud', () => {
  checkKind([
    ['hu-HU', 'Annyi kell, hogy valaki tartsa életben a SharePointot, Office 365 E1.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Az Office 365 E3 számlázását szeretnék lepasszolni nekünk.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'A Visio-licencekkel azt kérik, hogy mi legyünk a számlázó partner.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Azure-t egy tárhelycégtől vették, ami nem csé esz pé.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
