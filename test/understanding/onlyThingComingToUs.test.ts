// Kind "thread": "the only thing coming to us is the Azure" restricts the call to the Azure, as
// "Azure only" does: the M365 named beside it is background. Read before as two products, asked.
import { checkKind } from './kindCheck';

describe('kind: "the only thing ... is X" restricts the service to X', () => {
  checkKind([
    ['en-US', 'They have Azure and Microsoft 365. The only thing coming to us is the Azure.', { service: 'usage' }],
    ['en-US', 'They have Office 365 and Azure, the only product they want moved is Office 365.', { service: 'license', goal: 'move' }],
    ['en-US', 'They have Office 365 and Azure, and the only part in scope is Azure.', { service: 'usage' }],
    // The only thing said is no product: both stay, asked.
    ['en-US', 'They have Office 365 and Azure, the only thing missing is a decision on billing.', {}, ['service']],
  ]);
});
