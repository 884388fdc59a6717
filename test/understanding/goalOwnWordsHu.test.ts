// Hungarian goal words: "admin és helpdesk", "tartsuk kézben" (we keep it in hand), "nézzünk rá
// néha" (we look at it now and then) ask for support; "nálatok legyen a számla" (the bill should be
// with you) and "legyünk a gazdája a számlázásnak" (we own the billing) move it. Read before as
// no goal.
import { checkKind } from './kindCheck';

describe('goal words: support and move in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Office 365 E3. Kérés: admin és helpdesk.', { service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Azt szeretnék, hogy mi tartsuk kézben a Microsoft 365-öt.', { service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Teams Essentials, azt kérik, nézzünk rá néha.', { service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Business Premium, 20 db. Az ügyvezető szerint nálatok legyen a számla.', { service: 'license', goal: 'move' }, []],
    ['hu-HU', 'Dynamics 365: azt kérik, hogy mi legyünk a gazdája a számlázásnak.', { service: 'license', goal: 'move' }, []],
    // Guard: someone else keeping it in hand is no wish of theirs for us.
    ['hu-HU', 'Office 365, a tenantot most a Microsoft tartja kézben.', { service: 'license' }, []],
  ]);
});
