// "Rendszergazdai munka" (the sysadmin's work) is support, and "vagy a számlázást is" (or the
// billing too) is the move offered beside it: left undecided, the goal is asked.
import { checkKind } from './kindCheck';

describe('goalWords: the sysadmin work, or the billing too', () => {
  checkKind([
    ['hu-HU', 'Az Office 365-höz csak a rendszergazdai munkát kérik tőlünk.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Hogy csak a rendszergazdai feladatokra gondol, vagy a számlázásra is, azt nem mondta meg. Microsoft 365.', { service: 'license' }, ['goal']],
    ['hu-HU', 'Az Exchange Online-nál csak üzemeltetést kérnek, vagy a számlázást is? Még nem tudják.', { service: 'license' }, ['goal']],
  ]);
});
