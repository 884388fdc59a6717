// A listing pasted from a tool (the admin center's partner relationships page, the partner's own
// customer list) keeps each listed party's relationship in a column of its own: the roles there
// are those parties', not the partner's own role, which stays unsaid.
import { checkKind } from './kindCheck';

describe("layout: roles in a pasted listing's relationship column are the listed parties'", () => {
  checkKind([
    [
      'en-US',
      "Copied from the tenant's partner page:\n\nName                  Relationship          Admin roles\nBluepeak IT           Indirect reseller     none\nTech Data             Indirect provider     none\n\nSo Bluepeak is their current CSP, through Tech Data. They run Azure only.",
      { channel: 'otherCsp', service: 'usage' },
      [],
    ],
    [
      'hu-HU',
      'Az ügyfél admin centeréből, a partnerek lapról:\n\nNév                    Kapcsolat\nAlföld Informatika     Közvetett viszonteladó\nTisza Disztri Kft.     Közvetett szolgáltató\n\nVagyis egy másik CSP-től veszik, 40 db Microsoft 365 Business Standard.',
      { channel: 'otherCsp', service: 'license' },
      [],
    ],
    [
      'hu-HU',
      'Ügyféllista a Partner Centerből:\nÜgyfél                 Kapcsolat\nZalai Pékség Kft.      Viszonteladó\nSomogyi Bor Zrt.       Viszonteladó, GDAP\n\nA Zalai Pékség a mostani ügy, Azure-t használnak, a Microsofttól közvetlenül.',
      { channel: 'microsoft', service: 'usage' },
      [],
    ],
    [
      'pt-BR',
      'Tela de parceiros do admin center do cliente:\n\nParceiro               Relacionamento\nNuvem Sul Ltda.        Revendedor indireto\nAldo Distribuidora     Provedor indireto\n\nOu seja, compram de outro CSP. Só usam Azure.',
      { channel: 'otherCsp', service: 'usage' },
      [],
    ],
    // Not a listing: a role said in the partner's own words is still its own.
    ['hu-HU', 'Kapcsolat: mi közvetett viszonteladók vagyunk, az ügyfél Azure-t használ.', { partnerType: 'indirectReseller', service: 'usage' }, []],
  ]);
});
