// Hungarian goal words: taking over the billing of the licences with the product between
// ("átvesszük a Visio Plan 2 licencek számlázását"), the billing that another partner should
// take over, said before the verb ("a számlázását … az új partner vegye át"), the billing that
// should go to a partner ("a számlázás a partnerhez kerüljön") are a move; watching over the
// users ("figyeljetek a felhasználókra") is support.
import { checkKind } from './kindCheck';

describe('billing taken over, and users watched over (hu-HU)', () => {
  checkKind([
    ['hu-HU', 'Mi vesszük át a Visio Plan 2 licencek számlázását a következő hónaptól.', { service: 'license', goal: 'move' }],
    [
      'hu-HU',
      'A vezetőség kérése: a Visio Plan 2 számlázását a mostani CSP partnertől mi vegyük át.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Az ügyfél Project Plan 3-at használ, és azt kéri, hogy a számlázás az új partnerhez kerüljön.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'A Project Plan 3-ban csak figyeljetek a felhasználókra, a fizetés marad a régi.', { service: 'license', goal: 'support' }],
  ]);
});
