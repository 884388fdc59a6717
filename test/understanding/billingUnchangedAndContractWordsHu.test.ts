// Hungarian words a colleague reads without a product name: billing that stays as it is ("a
// fizetésen nem változtatnak", "ki számláz, az nem változik") asks for support only; "tőletek
// akarjuk kapni a számlát" asks to move; a big or company-wide three-year contract is an
// Enterprise Agreement, even when the clause adds it was signed directly with Microsoft; "már nincs"
// (no longer there) sets an old channel aside; "a Microsoft számlázza közvetlenül" is a direct buy.
import { checkKind } from './kindCheck';

describe('words: Hungarian billing unchanged, invoice from us, three-year contract, no longer there', () => {
  checkKind([
    ['hu-HU', 'A számlázáson nem akarnak változtatni, csak segítség kell az Exchange-hez. Microsoft 365 E3.', { service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Hogy ki számláz, az nem változik; nézzetek rá néha az Office 365-re.', { service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Office 365 E1: mostantól tőletek szeretnénk kapni a számlát.', { service: 'license', goal: 'move' }, []],
    ['hu-HU', 'Legyen kinek szólni, ha baj van; fizetni ugyanúgy fogunk. Business Premium.', { service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Az Azure egy hároméves, a teljes cégre kiterjedő szerződés alatt fut.', { channel: 'ea', service: 'usage' }, []],
    [
      'hu-HU',
      'Az E3-ak egy háromévente megújuló vállalati szerződés alatt vannak, amit közvetlenül a Microsofttal kötöttek.',
      { channel: 'ea', service: 'license' },
      [],
    ],
    ['hu-HU', 'Open Value-juk már nincs, most közvetlenül a Microsofttól vesznek E3-at.', { channel: 'microsoft', service: 'license' }, []],
    ['hu-HU', 'Az Azure-jukat a Microsoft számlázza direktben, bankkártyával.', { channel: 'microsoft', service: 'usage' }, []],
  ]);
});
