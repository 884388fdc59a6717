// Hungarian asks and wishes a move with the subjunctive of "átvesz" ("átvegyük", "átvegyék"): the
// lexicon knew "átvesz", "átvenné", "átveheti" but not this stem, so a request or an either/or
// question about taking the subscriptions over read as support alone. A negated wish stays support.
import { checkKind } from './kindCheck';

describe('the subjunctive of "átvesz" is a move (hu-HU)', () => {
  checkKind([
    ['hu-HU', 'A Dunai Gépgyár azt kéri, hogy átvegyük a Microsoft 365 licenceiket.', { service: 'license', goal: 'move' }],
    [
      'hu-HU',
      'Kérdés a csapatnak: átvegyük a Power BI előfizetéseket, vagy csak üzemeltessük őket ott, ahol vannak? Az ügyfél még nem döntött.',
      { service: 'license' },
      ['goal'],
    ],
    ['hu-HU', 'Nem akarják, hogy átvegyük a Teams licenceket, csak támogatást kérnek.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Szeretnék, ha a számlázást is átvennénk, EA-ról jönnek.', { channel: 'ea', goal: 'move' }],
  ]);
});
