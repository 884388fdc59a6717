// A contract's words that put a thing out of scope say no to it: "nem tárgya a szerződésnek" (is
// not the subject of the contract) and "…-ra nem vállaltunk kötelezettséget" (we took on no
// obligation to …), so a billing transfer named there is no wish beside the support agreed.
import { checkKind } from './kindCheck';

describe('Hungarian: a contract puts a transfer out of scope', () => {
  checkKind([
    ['hu-HU', 'A megbízó Office 365 előfizetéseit mi kezeljük. A számlázás átvétele nem tárgya a megállapodásnak.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Teams licencek: a kezelésüket vállaljuk, átvételre nem vállaltunk kötelezettséget.', { service: 'license', goal: 'support' }],
  ]);
});
