// "我们在这家分销商下面" (we are under this distributor) makes the partner an indirect reseller,
// the distributor its supplier.
import { checkKind } from './kindCheck';

describe('kind: whose words, a partner under a distributor (Chinese)', () => {
  checkKind([
    ['zh-CN', '我们在这家分销商下面做二级代理，客户的 Office 365 是官网买的。', { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
