// Hungarian "talán" (maybe) stands before what it doubts: run on from the product into how it was
// bought ("az M365-öt talán a Microsofttól vették") it doubts the how, not the product. Closing its
// clause ("EA-n vették, talán.") it still doubts what came before it.
import { checkKind } from './kindCheck';

describe('doubt: "talán" run on doubts what follows it, not the product before it', () => {
  checkKind([
    ['hu-HU', 'az office háromszázhatvanötöt talán a microsofttól vették de lehet hogy egy webáruházból', { service: 'license' }, ['channel']],
    ['hu-HU', 'A Microsoft 365-öt talán EA-n vették. Támogatást kérnek.', { service: 'license', goal: 'support' }],
    // Closing the clause it doubts the answer before it.
    ['hu-HU', 'A Microsoft 365-öt EA-n vették, talán. Támogatást kérnek.', { service: 'license', goal: 'support' }],
  ]);
});
