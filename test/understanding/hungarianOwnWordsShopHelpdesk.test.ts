// Own words in Hungarian: a webshop or an online shop is a third party (the Microsoft web store is
// Microsoft); a helpdesk they ask for is support (one that a reseller under us runs is no goal);
// a reseller "through a distributor" ("disztribútoron át") is an indirect reseller.
import { checkKind } from './kindCheck';

describe('own words: bought in a webshop', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél egy webshopban vette az Office 365-öt, nem CSP-től.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'A Microsoft 365-öt egy online boltban vették, át szeretnék hozni hozzánk.', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    ['hu-HU', 'A Microsoft 365-öt a Microsoft webáruházában vették.', { channel: 'microsoft', service: 'license' }],
  ]);
});

describe('own words: a helpdesk they ask for', () => {
  checkKind([
    ['hu-HU', 'Helpdesket kérnek tőlünk a Microsoft 365-höz.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Az ügyfél Microsoft 365-öt használ, helpdesk kellene nekik.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Alattunk egy kis viszonteladó csinálja a helpdesket, az ügyfél Microsoft 365-öt használ.', { service: 'license' }],
  ]);
});

describe('own words: a reseller through a distributor', () => {
  checkKind([
    ['hu-HU', 'Viszonteladók vagyunk egy disztribútoron át, az ügyfél Azure-t használ.', { service: 'usage', partnerType: 'indirectReseller' }],
    ['hu-HU', 'mi kozvetett viszontelado vagyunk disztributoron at', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Disztribútoron át vásárolunk, mi vagyunk a viszonteladó.', { partnerType: 'indirectReseller' }],
  ]);
});
