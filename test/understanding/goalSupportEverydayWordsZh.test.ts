// Everyday Chinese for looking after a tenant: being the customer's "管家" (steward), and "有问题就找我们"
// (come to us with any problem) are support.
import { checkKind } from './kindCheck';

describe('kind: goal in own words, a steward and the one to call with problems (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户希望我们当他们的 IT 管家，Office 365 的账号都交给我们。', { service: 'license', goal: 'support' }],
    ['zh-CN', '以后 Teams 有什么问题就找我们，Microsoft 365 是他们自己在官网买的。', { channel: 'microsoft', service: 'license', goal: 'support' }],
  ]);
});
