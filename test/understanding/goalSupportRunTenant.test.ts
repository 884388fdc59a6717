// "Aki viszi a tenantjukat" (someone to run their tenant) is looking after it: support. With
// "át" ("átvinnénk a tenantjukat hozzánk") it is a move, as before.
import { checkKind } from './kindCheck';

describe('goal: running the tenant is support', () => {
  checkKind([
    ['hu-HU', 'Microsoft 365 Business Standard, kell nekik valaki, aki viszi a tenantjukat.', { service: 'license', goal: 'support' }],
    [
      'hu-HU',
      'Az Office 365-öt a Microsofttól vették, azt szeretnék, ha mi vinnénk a tenantjukat.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'Office 365, mi vinnénk át a tenantjukat hozzánk.', { service: 'license', goal: 'move' }],
  ]);
});
