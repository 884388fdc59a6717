// Having the distributor send the invitation ("让分销商发", "请总代给我们发") names the partner's
// supplier: the partner is an indirect reseller, not a distributor.
import { checkKind } from './kindCheck';

describe('kind: whose words, a distributor asked to act for the partner (Chinese)', () => {
  checkKind([
    [
      'zh-CN',
      '我们是间接经销商，邀请链接得让分销商发。Office 365 在别的 CSP 那里。',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '好的，那请总代给我们发邀请。', { partnerType: 'indirectReseller' }],
  ]);
});
