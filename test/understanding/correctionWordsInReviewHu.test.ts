// Hungarian review remarks and revised findings say which version holds with their own words:
// "Helyesen:" (correctly), "ez így nem jó" (this is not right) after the wrong value, "X szerepel,
// de" (the text says X, but), "döntött:" (decided:), and "Eredeti javaslat:" (the original
// recommendation) as background. "Nem tudja rendesen kezelni" (can't properly handle it) is a
// plain negation, not a doubt. Each was read before as two values left open.
import { checkKind } from './kindCheck';

describe('corrections: Hungarian review words for the version that holds', () => {
  checkKind([
    ['hu-HU', 'A 2. fejezet viszonteladóként említ minket. Helyesen: ebben a projektben mi vagyunk a disztribútor.', { partnerType: 'indirectProvider' }, []],
    ['hu-HU', 'A 3. pont szerint disztribútor vagyunk – ez így nem jó. Közvetlen számlázású partnerek vagyunk.', { partnerType: 'direct' }, []],
    ['hu-HU', 'A táblázatban "EA" szerepel, de az ügyfél MPSA-n vette az Office 365-öt.', { channel: 'open', service: 'license' }, []],
    [
      'hu-HU',
      'Az egyik változat átvételt, a másik támogatást ír. Az ügyfél döntött: támogatás. Microsoft 365 E3.',
      { service: 'license', goal: 'support' },
      [],
    ],
    ['hu-HU', 'Eredeti javaslat: a számlázás átvétele. Az új változatban csak üzemeltetés marad, Office 365 E3.', { service: 'license', goal: 'support' }, []],
    [
      'hu-HU',
      'A Microsoft 365 licenceket szeretnék átvinni hozzánk, mert a mostani partner nem tudja rendesen kezelni a számlázást.',
      { service: 'license', goal: 'move' },
      [],
    ],
  ]);
});
