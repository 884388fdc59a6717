// Server hosting ("服务器托管") is what a hosting company sells, like "机房托管": not our support of
// the tenant, so no goal is read from it.
import { checkKind } from './kindCheck';

describe('kind: goal in own words, server hosting is the seller’s service (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 是租服务器托管的时候那家公司送的，那家公司不是 CSP。', { channel: 'thirdParty', service: 'license' }],
    [
      'zh-CN',
      '他们的 Microsoft 365 是买服务器托管的时候机房一起卖的，机房不是 CSP。想让我们来运维。',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
