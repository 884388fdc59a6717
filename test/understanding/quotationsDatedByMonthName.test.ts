// Quotations dated with the month's name ("[okt. 9.] Ügyfél: „…”", "Nov. 14 – customer: "…"") are
// put in the order of their dates, as quotations dated "28.11" already were: the later date is the
// newer message, whichever stands on top.
import { checkKind } from './kindCheck';

describe('quotations dated with the name of the month', () => {
  checkKind([
    [
      'hu-HU',
      'Levelek az ügyféltől:\n[okt. 9.] Ügyfél: „Elnézést, az Intune mégis EA-s.”\n[okt. 3.] Ügyfél: „Az Intune-t a Microsofttól vesszük kártyával.”',
      { channel: 'ea', service: 'license' },
    ],
    [
      'hu-HU',
      'Levelek az ügyféltől:\n[okt. 3.] Ügyfél: „Elnézést, az Intune mégis EA-s.”\n[okt. 9.] Ügyfél: „Az Intune-t a Microsofttól vesszük kártyával.”',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'en-US',
      'Mails from the client:\nNov. 14 – client: "Sorry, our Intune is on the EA after all."\nNov. 2 – client: "We buy Intune from Microsoft with a card."',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
