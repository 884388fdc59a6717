// "Then they switched over to…" ("aztán átálltak", "áttértek") ends what was true before: the channel
// of the old purchase is history, the one after the switch is the answer.
import { checkKind } from './kindCheck';

describe('correction: a channel switched over from is taken back', () => {
  checkKind([
    ['hu-HU', 'Régen EA-n vették az Azure-t, aztán átálltak egy másik CSP partnerre.', { channel: 'otherCsp', service: 'usage' }],
    [
      'hu-HU',
      'Sokáig Open License-en vették az Office-t, aztán amikor az megszűnt, áttértek a Microsoft 365-re, amit egy kereskedőtől vesznek, ami nem CSP.',
      { channel: 'thirdParty', service: 'license' },
    ],
    // A switch still to come ("átállnának") is a wish, not a correction.
    ['hu-HU', 'Az Office 365-öt a Microsofttól vették, de átállnának egy CSP partnerhez.', { channel: 'microsoft', service: 'license' }],
    [
      'en-US',
      'They bought Office through Open License for years, and then as of now they use a reseller that is not a CSP.',
      { channel: 'thirdParty', service: 'license' },
    ],
  ]);
});
