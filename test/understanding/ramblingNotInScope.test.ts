// Kind "rambling": a product the customer also has, said to be out of this case ("这次不涉及", not
// involved this time), answers nothing; the product of the case still does.
import { checkKind } from './kindCheck';

describe('kind: rambling, a product said to be outside this case answers nothing', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 是在世纪互联买的。另外还有 Azure，这次不涉及。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    [
      'zh-CN',
      '客户的 Microsoft 365 是从别的 CSP 买的，想让我们做运维。他们的 Azure 本次不在范围内。',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
