// Goal in the speaker's words: "elég, ha figyeltek rá" (it is enough that you keep an eye on it) is
// support; said by one manager beside another's "költözzenek át hozzánk", the goal is asked.
import { checkKind } from './kindCheck';

describe('keeping an eye on it, in Hungarian (goal in own words)', () => {
  checkKind([
    ['hu-HU', 'Microsoft 365 egy másik CSP-től, elég, ha figyeltek rá.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    [
      'hu-HU',
      "Az ügyvezető szerint 'költözzenek át hozzánk' a licencek, az IT-vezető szerint viszont 'elég, ha figyeltek rá'. Microsoft 365, egy másik CSP-től.",
      { channel: 'otherCsp', service: 'license' },
      ['goal'],
    ],
  ]);
});
