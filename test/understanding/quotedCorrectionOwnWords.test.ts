// A quotation right after a correction word ("helyesen: „…”") is the writer's own corrected
// wording, not another party's older words: it decides the answer, the struck wording does not.
import { checkKind } from './kindCheck';

describe('a quotation after a correction word is the writer’s own', () => {
  checkKind([
    [
      'hu-HU',
      'Javítás a tegnapi feljegyzéshez: ahol „másik CSP partner” szerepel, helyesen: „Microsoft Advisor”. Az ügyfél az Office 365-höz csak támogatást kér.',
      { channel: 'advisor', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'A jegyzőkönyvben ahol „Enterprise Agreement” áll, helyesen: „Open Value szerződés”. Az Office 365 előfizetéseket át szeretnék hozni hozzánk.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    // Quoted another party's words stay theirs: the role in them is not ours.
    [
      'hu-HU',
      'Az előző partner ezt írta: „mi közvetlen számlázású CSP partner vagyunk”. Az ügyfél az Office 365 előfizetéseket át szeretné hozni hozzánk.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
