// A company form written with a dot ("Minta Zrt.", "Sample Ltd.") ends no sentence when a bracket
// closes, a colon or comma follows, or the sentence goes on in lower case: "the parent company
// (Sample Holdings Ltd.): on an EA" is one sentence, so the parent's EA stays the parent's.
import { checkKind } from './kindCheck';

describe("a company form's dot: the name goes on in its sentence", () => {
  checkKind([
    [
      'hu-HU',
      'Anyavállalat (Minta Csoport Zrt.): EA-ja van. Az ügyfél Office 365 licenceit Open Value szerződéssel vette, csak támogatás kell.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Parent company (Sample Holdings Ltd.): on an EA. The customer itself bought Office 365 through Open Value and wants support only.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
  ]);
});
