// "Az most nem érdekes" (that's of no interest now) sets aside what its clause said about another
// company, as "ez most nem fontos" does: the other company's partner is no channel of this case.
import { checkKind } from './kindCheck';

describe('whose: another company set aside with "az most nem érdekes"', () => {
  checkKind([
    ['hu-HU', 'EA-n vették az Azure-t. A leányvállalat külön cég, ők egy másik partnernél vannak, az most nem érdekes.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Open Value, Office 365. A gyárukat egy másik CSP partner viszi, de az nem lényeges.', { channel: 'open', service: 'license' }],
  ]);
});
