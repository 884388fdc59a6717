// "Nem szeretné, hogy…" (they would not like us to…): the negated wish reaches into the clause
// it opens with "hogy", past the comma, and refuses what is asked there.
import { checkKind } from './kindCheck';

describe('negation: a negated wish with its "hogy" clause, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Nem akarják, hogy átvegyük a számlázást, csak üzemeltessük az Office 365-öt.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Az ügyfél nem szeretné, hogy mi legyünk a partner of record, a Dynamics 365-öt támogassuk.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Nem kérik, hogy mi üzemeltessük, át akarják hozni a Dynamics 365-öt.', { service: 'license', goal: 'move' }],
  ]);
});
