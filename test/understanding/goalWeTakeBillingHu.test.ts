// Hungarian ways of saying who handles the billing from now on: "ha mi vinnénk a számlázást"
// (we would carry the billing), "önökön keresztül fizetnénk" (we would pay through you) and "ne a
// Microsoft számlázzon, hanem ti" are a move; "csak az ügyintézést vennénk át" (we would only take
// over the administration) is support.
import { checkKind } from './kindCheck';

describe('goalWords: Hungarian billing carried by us, paying through us, only the administration', () => {
  checkKind([
    ['hu-HU', 'Office 365 licencek, azt szeretnék, ha mi vinnénk a számlázást is.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'A Dynamics 365-nél azt mondták: szeretnénk, ha ezentúl önökön keresztül fizetnénk.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az ügyfél kérése az Office 365-ről: ne a Microsoft számlázzon, hanem ti.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'A Teams licenceknél mi csak az ügyintézést vennénk át.', { service: 'license', goal: 'support' }],
    ['en-US', 'For Office 365 they would like us to handle the billing too.', { service: 'license', goal: 'move' }],
  ]);
});
