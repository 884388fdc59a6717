// A RACI matrix or responsibility grid names its parties in its header row ("Ügyfél | Mi
// (viszonteladó) | Disztribútor (Pannon)"): the roles there are column names, each party's; the
// partner's own role is the one the sentence under the table states, not asked between them.
import { checkKind } from './kindCheck';

describe('structure: the parties named in a table header row', () => {
  checkKind([
    [
      'hu-HU',
      'Felelősségi mátrix – Tokaji Borház Kft.\nLépés | Ügyfél | Mi (viszonteladó) | Disztribútor (Alfa Disztri)\nLeltár | C | R | I\nMegrendelés | I | R | A\nMi viszonteladóként az Alfa Disztrin keresztül rendelünk Microsoft 365 E3-at.',
      { service: 'license', partnerType: 'indirectReseller' },
      [],
    ],
    [
      'en-US',
      'RACI – Contoso Office 365\nTask | Customer | Us (distributor) | Reseller (Bright IT)\nInventory | C | I | R\nOrder | I | A | R\nWe are the distributor here; Bright IT brought the customer.',
      { service: 'license', partnerType: 'indirectProvider' },
      [],
    ],
    [
      'pt-BR',
      'RACI do projeto\nTarefa | Cliente | Nós (revenda) | Distribuidor (Nuvem Sul)\nInventário | C | R | I\nPedido | I | R | A\nSomos revenda e compramos pela Nuvem Sul as licenças do Microsoft 365.',
      { service: 'license', partnerType: 'indirectReseller' },
      [],
    ],
  ]);
});
