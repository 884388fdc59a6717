// Hungarian: a form's field fixed in place ("CSATORNA: Open -> JAVÍTVA: EA"), a purchase that came
// out of the parent's EA ("kijött az anyacég EA-jából": not on it any more), and in the 21Vianet
// cloud a local Chinese CSP or a Shanghai reseller as someone else.
import { checkKind } from './kindCheck';

describe('a fixed field, an EA left and a local Chinese seller (hu-HU)', () => {
  checkKind([
    ['hu-HU', 'CSATORNA: Open -> JAVÍTVA: EA (a szerződés alapján)\nSZOLG.: Office 365 E5', { channel: 'ea', service: 'license' }],
    [
      'hu-HU',
      'Az Azure-t közvetlenül a Microsofttól fizetik kártyával; a szétváláskor kijött az anyavállalat EA-jából.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'hu-HU',
      'A 21Vianet által üzemeltetett felhőben vannak, az Office 365-öt egy sanghaji viszonteladótól vették.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    ['hu-HU', 'Kínai felhő (21Vianet), a Microsoft 365-öt egy helyi kínai CSP-től vették.', { cloud: 'china', channel: 'other', service: 'license' }],
    // A carrier's package billed on the phone bill and said not to be CSP; tenants counted coming over after a purchase.
    ['hu-HU', 'Az Exchange Online a mobilszolgáltató csomagjában van (nem CSP, a telefonszámlán jön).', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Az összeolvadás után két tenant jön át. Az Office 365 EA-n van, üzemeltetést kérnek.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
