// "Átvétel" (a takeover, the noun of "átvenni") asks for a move as the verb does; "nem érdekli
// őket" (they are not interested) said after a goal word refuses it.
import { checkKind } from './kindCheck';

describe('goal: the takeover said as a noun, a goal they are not interested in', () => {
  checkKind([
    ['hu-HU', 'Átvételt szeretnének a Microsoft 365-re, a mostani partnerükkel elégedetlenek.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Office 365-öt EA-n vették, és az előfizetések átvételét kérik.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['hu-HU', 'A licencek átvétele nem érdekli őket, csak támogatást kérnek az Office 365-höz.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Az átvitel nem érdekli az ügyfelet, a Dynamics 365-öt üzemeltessük.', { service: 'license', goal: 'support' }],
  ]);
});
