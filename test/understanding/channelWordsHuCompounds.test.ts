// Hungarian words for where a customer bought: a shop written as one compound ("számítógépboltban"),
// the mobile operator's monthly bill (syndication), and a seller said to be a CSP in the same
// breath as the buying ("a cégüktől vettük, ők is CSP-sek").
import { checkKind } from './kindCheck';

describe('channelWords: Hungarian compounds and a seller said to be a CSP while buying', () => {
  checkKind([
    ['hu-HU', 'Az Office 365-öt egy számítógépboltban vették.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'A Microsoft 365-öt a sarki számítógépüzletből hozták.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Az Exchange Online a telefonszolgáltatójuk havi számláján szerepel.', { channel: 'syndication', service: 'license' }],
    ['hu-HU', 'Az Azure-t a rendszergazda cégüktől vették, ők is CSP partnerek.', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'A Microsoft 365-öt egy integrátortól vásárolták, ő is CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
