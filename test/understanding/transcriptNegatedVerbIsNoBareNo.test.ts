// In Hungarian "nem" is both "no" and "not": a reply opening with a negated verb ("nem viszik
// át, csak üzemeltetést kérnek") says what it says, and is no bare no to the line before it (read
// before as a no to the move, leaving the goal asked). "Nem." alone is still a no.
import { checkKind, checkRead } from './kindCheck';

describe('thread: a Hungarian reply opening with a negated verb is no bare no', () => {
  checkKind([
    [
      'hu-HU',
      'Szabó Lili  09:10\naz Office 365-öt egy másik CSP partnertől át akarják hozni hozzánk\nKiss Gábor  09:40\nnem viszik át, csak üzemeltetést kérnek',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
  checkRead([['hu-HU', 'Szabó Lili  09:10\nEA-n vették?\nKiss Gábor  09:12\nNem.', {}, { negated: ['channel'] }]]);
});
