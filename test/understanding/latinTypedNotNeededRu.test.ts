// Russian typed in Latin letters: «nuzhen / nuzhna / nuzhno / nuzhny» are written in Cyrillic with
// the other short words the reader needs (ru-RU `latinTyping.functionWords`), so «distributor ne
// nuzhen» says no to a distributor as «дистрибьютор не нужен» does, and the role said before it stands.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('transliterated Russian: «ne nuzhen» says no', () => {
  checkKind([
    [
      'ru-RU',
      'Dobryi den! Klient kupil Exchange Online u drugogo CSP partnera, hotyat perevesti k nam. My pryamoy partner (direct bill), distributor ne nuzhen.',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' },
    ],
  ]);
});
