// A group listed country by country ("Lengyelországban EA-n vannak, Csehországban egy webshopból
// vették… Ez a jegy Csehországról szól"): each country's clause says how that country bought, or
// which role the partner has there; only the country the case is said to be about answers.
import { checkKind } from './kindCheck';

describe('understanding: a case about one country of a listed few', () => {
  checkKind([
    [
      'hu-HU',
      'Tátra Logisztika: Lengyelországban az Office 365 EA-n fut, Csehországban a Microsoft 365-öt egy Advisor partnertől vették, Szlovákiában közvetlenül a Microsofttól. Ez a jegy Csehországról szól, csak üzemeltetést kérnek.',
      { channel: 'advisor', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Németországban már üzemeltetjük az Azure-t (EA), Szlovéniában a Dynamics 365-öt egy másik CSP partnertől vették. Ez a megkeresés Szlovéniáról szól: a számlázást hozzánk kérik.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Szerepünk: Magyarországon direkt partnerek vagyunk, Csehországban viszont disztribútoron keresztül vásárolunk. Ez az ügyfél a prágai leányvállalat, az Exchange Online-t egy webshopból vették.',
      { channel: 'thirdParty', service: 'license', partnerType: 'indirectReseller' },
    ],
    // Said of no country, both roles are still asked.
    [
      'hu-HU',
      'Magyarországon direkt partnerek vagyunk, Csehországban viszont disztribútoron keresztül vásárolunk. Az Exchange Online-t egy webshopból vették.',
      { channel: 'thirdParty', service: 'license' },
      ['partnerType'],
    ],
  ]);
});
