// Own words in Chinese: a seller said not to be a CSP of Microsoft's, or no Microsoft partner at
// all ("那家不是微软的 CSP", "那家店不是微软合作伙伴"), is a third party.
import { checkKind } from './kindCheck';

describe('channel words: a seller that is no Microsoft partner is a third party', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 是一家网络公司帮忙开的，那家不是微软的 CSP。', { channel: 'thirdParty', service: 'usage' }],
    ['zh-CN', 'Office 365 激活码是在网店买的，那家店不是微软合作伙伴，客户想让我们管起来。', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    ['zh-CN', '那家公司并不是 Microsoft 的伙伴，客户的 Microsoft 365 就是从他们那儿买的。', { channel: 'thirdParty', service: 'license' }],
  ]);
});
