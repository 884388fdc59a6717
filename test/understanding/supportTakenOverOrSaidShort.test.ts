// Taking over the licences' support or administration is support, not a move, when the object
// taken over is the support itself (hu "vegyük át az előfizetések kezelését"); support said in a
// colloquial verb (hu "pesztrálni") or cut short with a full stop (ru «сопр.») is support too.
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
    ['hu-HU', 'Az ügyfél Dynamics 365-jét nekünk kellene pesztrálni, a szerződés marad.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'клиент с EA, Teams ~50 польз., нужно сопр. и админ.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'клиент с EA, Teams ~50 польз., хотят перенос подписок к нам', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
