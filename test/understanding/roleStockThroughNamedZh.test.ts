// "通过伟仕佳杰拿货" (we take stock through a named company): the partner buys through a
// distributor, an indirect reseller; stock taken from us is not our supplier's.
import { checkKind } from './kindCheck';

describe('kind: whose words, stock taken through a named distributor (Chinese)', () => {
  checkKind([
    ['zh-CN', '我们是通过伟仕佳杰拿货的经销商，客户的 Azure 在别的 CSP 那里。', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '下游经销商从我们这里拿货，Office 365 是客户在官网买的。', { channel: 'microsoft', service: 'license' }],
  ]);
});
