// "在一家非 CSP 的软件经销商那里买的": a seller said not to be a CSP is a third party, also when
// the kind of seller (software, computers, IT) stands between "non-CSP" and the seller.
import { checkKind } from './kindCheck';

describe('channelWords: a non-CSP seller of some kind is a third party', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 是从一家非 CSP 的电脑经销商买的。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '他们的 Azure 是在一家非CSP的IT供应商那里买的。', { channel: 'thirdParty', service: 'usage' }],
    ['zh-CN', '客户在一家非 CSP 的软件代理商那里买了 Microsoft 365 许可，想让我们代管。', { channel: 'thirdParty', service: 'license', goal: 'support' }],
  ]);
});
