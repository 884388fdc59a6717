// Spelled out the Hungarian way, the letter S is "es" ("em-pé-es-á" is MPSA), as "esz" is
// heard from those who spell it the English way; and "Dynamics" is written as it is said
// ("dájnemiksz"). Neither changes "és" (and) between words that spell nothing.
import { checkKind } from './kindCheck';

describe('spoken: the Hungarian letter S and Dynamics as heard', () => {
  checkKind([
    ['hu-HU', 'Em-pé-es-á szerződésük van, azon vették az Office 365-öt.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'A dájnemiksz háromhatvanötöt szeretnék, ha mi kezelnénk.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Azure és Office 365 is van, EA szerződéssel.', { channel: 'ea' }, ['service']],
  ]);
});
