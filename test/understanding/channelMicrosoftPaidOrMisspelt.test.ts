// "A Microsoftól" (one t, as often typed for "Microsofttól") and the customer paying Microsoft
// ("a Microsoftnak fizetnek") are the channel Microsoft; "mi a Microsoftnak fizetünk" is our own
// supply, no channel. "Kéz a billentyűzeten" (hands on the keyboard) is support.
import { checkKind } from './kindCheck';

describe('channel words: Microsoft as the seller, misspelt or paid', () => {
  checkKind([
    ['hu-HU', 'Office 365 E1, a Microsoftol vettek.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Az Office 365-ért továbbra is a Microsoftnak fizetnek.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Mi a Microsoftnak fizetünk, az ügyfél EA-n van.', { channel: 'ea' }],
    [
      'hu-HU',
      'Mi lennénk a kéz a billentyűzeten az Intune-hoz, fizetni a Microsoftnak fizetnek.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});
