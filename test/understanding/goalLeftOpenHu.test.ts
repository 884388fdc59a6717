// A Hungarian goal left open: "jövő héten döntenek" (they decide next week) after two wishes
// keeps both open; "az üzemeltetést vagy a számlázást" offers support or the billing, so the goal
// is asked. Read before as support.
import { checkKind } from './kindCheck';

describe('goal words: left open in Hungarian', () => {
  checkKind([
    [
      'hu-HU',
      'Office 365 másik CSP-nél. A tulajdonos át akarja hozni, a pénzügy szerint elég, ha mi kezeljük. Jövő héten döntenek.',
      { channel: 'otherCsp', service: 'license' },
      ['goal'],
    ],
    ['hu-HU', 'Office 365: „vegyétek át”, de nem mondta, hogy az üzemeltetést vagy a számlázást.', { service: 'license' }, ['goal']],
  ]);
});
