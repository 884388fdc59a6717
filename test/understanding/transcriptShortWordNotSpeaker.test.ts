// A line such as "[Belső] A mező hibás: …" holds a label of one letter ("a", the Q&A answer's) only as
// the article of its sentence: it opens no speaker's turn, so a ticket with one "Ügyfél:" field is
// read as written, not as a call whose note above it would be the newest word.
import { checkKind } from './kindCheck';

describe('transcript: a one- or two-letter label inside a longer name is no speaker', () => {
  checkKind([
    [
      'hu-HU',
      'Jegy 7710\nPartnertípus: Indirekt szolgáltató\n[Megjegyzés] A mező hibás: mi közvetett viszonteladó vagyunk, az Ingram a disztribútorunk.\nÜgyfél: Microsoft 365 E3, Open Value-n.',
      { channel: 'open', service: 'license', partnerType: 'indirectReseller' },
    ],
  ]);
});
