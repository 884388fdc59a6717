// "A Microsoftnak fizetik" (they pay it to Microsoft, the definite form of "fizetnek") is the
// channel Microsoft, as "a Microsoftnak fizetnek" already is.
import { checkKind } from './kindCheck';

describe('channel words: the customer pays it to Microsoft, definite verb', () => {
  checkKind([
    [
      'hu-HU',
      'Az Office 365-öt továbbra is a Microsoftnak fizetik, mi csak kezeljük a felhasználókat.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});
