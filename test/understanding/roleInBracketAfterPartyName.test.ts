// Call notes give another party's role in brackets after its name ("előző partner = Felhőház Zrt.
// (T1, direct bill)", "prev partner: Harbor Cloud (T1 / direct bill)"): the bracket is that
// party's; the partner's own role is the one said of us, and a bracket beside our own name or a
// word for us ("Mi (viszonteladó)", "Sirius Kft. (mi, T1)") stays ours.
import { checkKind } from './kindCheck';

describe("structure: a role in brackets after another party's name", () => {
  checkKind([
    [
      'hu-HU',
      'Jegyzet — Kunsági Malom\n- előző partner: Felhőház Zrt. (T1, direct bill); a CSP jogosultsága megszűnt\n- mi közvetett viszonteladóként a TD Synnexen át rendelünk\n- Business Premium ×22',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
      [],
    ],
    [
      'en-US',
      'Call notes\n- prev partner: Harbor Cloud (T1 / direct bill), lost its CSP authorization\n- we buy through Ingram Micro as an indirect reseller\n- 40x Exchange Online Plan 1',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
      [],
    ],
    [
      'pt-BR',
      'Notas da call\n- parceiro anterior: NuvemAlta Ltda. (T1, faturamento direto)\n- nós compramos pela distribuidora, somos revenda indireta\n- Microsoft 365 E3 x 15',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
      [],
    ],
    ['hu-HU', 'Ajánlatot küld: Sirius Kft. (mi, T1). Tárgy: Microsoft 365 E3, 40 db.', { service: 'license', partnerType: 'direct' }, []],
  ]);
});
