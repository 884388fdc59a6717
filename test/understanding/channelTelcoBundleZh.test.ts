// Bought with a telecom operator's plan ("跟运营商的宽带套餐一起开通", paid on the phone bill)
// is a syndication partner's sale, as "bundled with their broadband" is in English.
import { checkKind } from './kindCheck';

describe('kind: channel, bought with a telecom operator plan is syndication', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 是跟中国移动运营商的企业套餐一起开通的。', { channel: 'syndication', service: 'license' }],
    ['zh-CN', '他们的 Office 365 每个月从话费账单里扣，想让我们帮忙运维', { channel: 'syndication', service: 'license', goal: 'support' }],
  ]);
});
