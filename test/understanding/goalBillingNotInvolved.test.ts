// "不涉及账单" (the billing is not involved) says what stays as it is, so the clause before it
// keeps its goal; only a bare "不涉及" closing its clause sets the clause before aside.
import { checkKind } from './kindCheck';

describe('kind: goal, "not involving the billing" keeps the support said before it', () => {
  checkKind([
    ['zh-CN', 'Microsoft 365 是客户在微软官网买的，只想让我们帮忙运维，不涉及账单。', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Azure 是在世纪互联买的。另外还有 Office 365，这次不涉及。', { cloud: 'china', channel: 'vianet', service: 'usage' }],
  ]);
});
