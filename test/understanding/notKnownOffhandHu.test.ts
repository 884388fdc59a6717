// "Nem tudom fejből" (I don't know it off the top of my head) doubts what was said before it, as
// "azt hiszem" does; it casts no doubt on the wish said after it in a run-on sentence.
import { checkKind } from './kindCheck';

describe('Hungarian: "nem tudom fejből" doubts what came before, not what follows', () => {
  checkKind([
    [
      'hu-HU',
      'EA-n vannak vagy Openen nem tudom fejből az ügyfél Office 365-öt használ és azt kéri hogy kezeljük',
      { service: 'license', goal: 'support' },
      ['channel'],
    ],
    [
      'hu-HU',
      'közvetlen partnerek vagyunk vagy viszonteladók nem tudom kapásból a Teams licenceket szeretnék ha kezelnénk',
      { service: 'license', goal: 'support' },
      ['partnerType'],
    ],
  ]);
});
