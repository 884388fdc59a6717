// Taking over the licences' support or administration is support, not a move, when the object
// taken over is the support itself (hu "vegyük át az előfizetések kezelését"). A colloquial verb
// (hu "pesztrálni") and a cut-short «сопр.» were tried and taken out: both also name other things.
import { checkKind } from './kindCheck';

describe('support taken over, or said colloquially or cut short', () => {
  checkKind([
    [
      'hu-HU',
      'A cégnek másik CSP-partnertől van Microsoft 365-je, a számlázás marad. Azt kérik, vegyük át az előfizetések kezelését.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    // Taking over the licences' billing is still a move.
    [
      'hu-HU',
      'A cégnek webshopból van Office 365-je, és azt kérik, vegyük át a licencek számlázását is.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Клиент на EA, Teams на 50 пользователей. Во вложении сопр. письмо и выгрузка.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'клиент с EA, Teams ~50 польз., хотят перенос подписок к нам', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
