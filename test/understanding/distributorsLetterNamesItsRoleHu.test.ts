// "A disztribútor levele / e-mailje" is the distributor's letter, not our role, and "ők a közvetett
// szolgáltató" names theirs; "mi náluk vagyunk viszonteladó" is ours. "Indirekt provider" is the
// provider's role written half in English; the distributor writing to us "Önök a mi indirekt
// viszonteladóink" names ours.
import { checkKind } from './kindCheck';

describe('Hungarian: the distributor named as the writer of a letter and by its own role', () => {
  checkKind([
    [
      'hu-HU',
      'A disztribútor e-mailje szerint ők a közvetett szolgáltató, mi náluk vagyunk viszonteladó. Azure.',
      { service: 'usage', partnerType: 'indirectReseller' },
      [],
    ],
    ['hu-HU', 'Indirekt provider vagyunk, az ügyfél Azure-t használ.', { service: 'usage', partnerType: 'indirectProvider' }, []],
    [
      'hu-HU',
      'A TD Synnex válasza: „Mivel Önök a mi viszonteladóink, a meghívót mi küldjük.” Az ügyfél Microsoft 365 Business Basicet használ.',
      { service: 'license', partnerType: 'indirectReseller' },
      [],
    ],
  ]);
});
