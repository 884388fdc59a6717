// Hungarian words a colleague reads at once: a card paid in the admin center ("bankkártyával az
// admin centerben", "kártya a felügyeleti központban") is a purchase from Microsoft; the
// customer's own computer shop ("számítógépboltjuk") is a third party; "mi csak admin/helpdesk"
// asks for support; switching over with us ("át akarnak állni nálunk") asks to move.
import { checkKind } from './kindCheck';

describe('words: Hungarian card in the admin center, computer shop, admin/helpdesk, switching over to us', () => {
  checkKind([
    ['hu-HU', 'A Business Basicet az admin centerben bankkártyával fizették.', { channel: 'microsoft', service: 'license' }, []],
    ['hu-HU', 'Fizetés módja: kártya a felügyeleti központban. Termék: Exchange Online Plan 1.', { channel: 'microsoft', service: 'license' }, []],
    ['hu-HU', 'Az Office 365-öt a sarki számítógépboltjuk szerezte be nekik.', { channel: 'thirdParty', service: 'license' }, []],
    ['hu-HU', 'A licencek maradnak az EA-n, mi csak admin/helpdesk. Microsoft 365 E5.', { channel: 'ea', service: 'license', goal: 'support' }, []],
    ['hu-HU', 'Power BI Pro, egy másik CSP-partnertől; az új évtől átállnának nálunk.', { channel: 'otherCsp', service: 'license', goal: 'move' }, []],
  ]);
});
