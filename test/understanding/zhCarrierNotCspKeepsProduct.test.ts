// A carrier's bundle said not to be CSP is a third party, and the product named between the
// bundle and the "not CSP" is still read ("宽带套餐里带的 Teams（运营商不是 CSP）"); a product
// got "with the broadband" from a carrier, not CSP, is one too.
import { checkKind } from './kindCheck';

describe('zh-CN: a carrier bundle not CSP, with the product said inside it', () => {
  checkKind([
    ['zh-CN', '客户用的是移动运营商的手机套餐里送的 Teams（运营商不是 CSP），要我们做运维。', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    ['zh-CN', '他们的 exchange 是在本地电信跟宽带一起开的 不是csp 想让我们帮忙管理', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    ['zh-CN', '运营商的企业套餐买的 Visio，并非 CSP。', { channel: 'thirdParty', service: 'license' }],
  ]);
});
