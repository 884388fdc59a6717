// Hungarian project papers: in a risk register "kezelés:" (how a risk is handled) labels the
// mitigation, not a request to manage the customer's tenant; a transcript's header naming the
// meeting platform ("Átirat — Teams —", "Teams-átirat") names no product; a status report's aim
// "A cél: … tőlünk vásárolnak" (they will buy from us) is taking the licences over.
import { checkKind } from './kindCheck';

describe('words: Hungarian risk handling, the meeting platform of a transcript, the aim to buy from us', () => {
  checkKind([
    [
      'hu-HU',
      'Heti jelentés. A cél: jövő hónaptól tőlünk vásárolnak Microsoft 365 E3-at.\nKockázatok\n– R-2: lejár a kártya – kezelés: az ügyfél cseréli',
      { service: 'license', goal: 'move' },
      [],
    ],
    [
      'hu-HU',
      'Kockázatnapló\nK-4: a megosztott naptárak elvesznek – kezelés: előtte exportáljuk\nAz Office 365 E1 licenceket át akarják hozni hozzánk.',
      { service: 'license', goal: 'move' },
      [],
    ],
    [
      'hu-HU',
      'Átirat — Teams — Duna Kerámia Kft.\n[00:01:05] Anna: Az Azure-t egy másik CSP partnertől veszik, kártyáról nem fizetnek.',
      { service: 'usage', channel: 'otherCsp' },
      [],
    ],
    ['hu-HU', 'Teams-átirat, 3. perc: az Azure előfizetés közvetlenül a Microsofttól van.', { service: 'usage', channel: 'microsoft' }, []],
  ]);
});
