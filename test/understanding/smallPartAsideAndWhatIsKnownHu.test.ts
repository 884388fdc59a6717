// Hungarian: "egy kis része … , de …" sets the small part's seller aside up to the "de" that turns
// to the part the case is about; "nem tudjuk, csak azt, hogy …" ends the doubt before what is known.
import { checkKind } from './kindCheck';

describe('Hungarian: a small part set aside, what is known after a doubt', () => {
  checkKind([
    [
      'hu-HU',
      'Egy kis része (két Project licenc) webáruházból van, de a nagyobbik rész – ez jön hozzánk – Open License-en vett Office 365 E3.',
      { channel: 'open', service: 'license' },
    ],
    ['hu-HU', 'A csatornát még nem tudjuk, csak azt, hogy Azure.', { service: 'usage' }],
  ]);
});
