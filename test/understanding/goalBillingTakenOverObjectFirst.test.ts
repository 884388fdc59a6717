// Taking over the billing said with the object first ("A számlázást vennénk át", "a számlázást át
// szeretnénk venni") or at the renewal ("a megújításkor mi számlázunk") is a move; "át" as the
// accusative ending before "EA-n keresztül" (through the EA) is no request to move.
import { checkKind } from './kindCheck';

describe('goal words: the billing taken over, object first, is a move', () => {
  checkKind([
    ['hu-HU', 'Office 365 licencek. A számlázást vennénk át, T1-esek vagyunk.', { service: 'license', goal: 'move', partnerType: 'direct' }],
    ['hu-HU', 'Office 365: a számlázást át szeretnénk venni.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Visio, MPSA-n. A megújításkor mi számlázunk.', { channel: 'open', service: 'license', goal: 'move' }],
    ['hu-HU', 'A számlázást nem vennénk át, csak támogatnánk az Office 365-öt.', { service: 'license', goal: 'support' }],
  ]);
});

describe('goal words: "-at EA-n keresztül" is through the EA, no move', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél az E3-at EA-n keresztül vette.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfél Microsoft 365 E3-at EA-n keresztül vett, mi csak üzemeltetnénk.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});

describe('goal words: the day-to-day tasks ("a napi ügyek") are support', () => {
  checkKind([['hu-HU', 'Csak a napi ügyeket kérik az Office 365 E3-ban, a számlázás marad.', { service: 'license', goal: 'support' }]]);
});
