// Hungarian channel words read before as nothing: "fizetjük a Microsoftnak" / "a Microsoftnak
// kártyával fizetett" (paid to Microsoft), "maradjon a Microsoftnál" (stays with Microsoft), a
// specialist shop ("szaküzletben", with its front-vowel ending), the phone bill ("telefonszámlán"),
// and a big three-year framework agreement signed directly with Microsoft (the EA). "A saját
// …-ünk" after a parent company's clause returns to this customer.
import { checkKind } from './kindCheck';

describe('channel words: Hungarian paid to Microsoft, shop, phone bill, framework agreement', () => {
  checkKind([
    ['hu-HU', 'Az Office 365-öt havonta fizetjük a Microsoftnak, kártyával.', { channel: 'microsoft', service: 'license' }, []],
    ['hu-HU', 'A Microsoftnak kártyával fizetett Office 365 marad, csak támogatást kérünk.', { channel: 'microsoft', service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Az Office 365 maradjon a Microsoftnál, mi csak üzemeltetjük.', { channel: 'microsoft', service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Az Office 365 licenceket egy elektronikai szaküzletben vették.', { channel: 'thirdParty', service: 'license' }, []],
    ['hu-HU', 'Az Office 365 a telefonszámlán jön, nyolc felhasználóra.', { channel: 'syndication', service: 'license' }, []],
    ['hu-HU', 'Nagy, hároméves keretszerződésük van közvetlenül a Microsofttal. Microsoft 365 E3.', { channel: 'ea', service: 'license' }, []],
    ['hu-HU', 'Az anyacég Open Value-n van, a saját Office 365 licenceinket egy webáruházban vettük.', { channel: 'thirdParty', service: 'license' }, []],
  ]);
});
