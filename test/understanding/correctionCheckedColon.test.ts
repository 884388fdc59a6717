// "Utánanéztem: …" (I looked it up: …) settles what was said before it, as "kiderült" does: an
// either/or stated before it is answered by the option said after it.
import { checkKind } from './kindCheck';

describe('correction: "utánanéztem:" in Hungarian', () => {
  checkKind([
    [
      'hu-HU',
      'A Microsoft 365-öt vagy közvetlenül a Microsofttól, vagy egy másik CSP-től vették. Utánanéztem: egy másik CSP-től.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['hu-HU', 'Office 365, EA vagy Open. Megnéztem: Open, támogatást kérnek.', { channel: 'open', service: 'license', goal: 'support' }],
    ['hu-HU', 'Office 365, EA. Megnéztem, és üzemeltetést kérnek.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
