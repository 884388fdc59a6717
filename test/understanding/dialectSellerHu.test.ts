// Western Hungarian dialects say "from" with -tul/-tül ("a Microsofttul", "partnertül"), and a seller
// may carry its town ("egy bécsi CSP partnertől"); a Teams reply's label ("Teams-válasz") names the
// tool, not the product; "Partnerközpont a kereskedelmi" names the cloud after its label.
import { checkKind } from './kindCheck';

describe('Hungarian dialect sellers and labels (hu-HU)', () => {
  checkKind([
    ['hu-HU', 'A Dynamics 365-öt egy győri CSP partnertül veszik.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Teams-válasz: az Azure-t egyenest a Microsofttul rendelik, kártyával.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Az Azure előfizetés a Microsofttól jön. Partnerközpont a kereskedelmi.', { cloud: 'global', channel: 'microsoft', service: 'usage' }],
    // Near misses: Teams as a product stays a product; a town without a CSP partner names no channel.
    ['hu-HU', 'A Teams licenceket egy CSP partnertől veszik.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'A Dynamics 365-öt egy győri irodában használják.', { service: 'license' }],
  ]);
});
