// Another CSP partner with a word about it ("另一家直签的 CSP 伙伴"), a reseller under another
// distributor, the CSP the customer uses now ("现在那家 CSP"): the customer's channel is another CSP.
import { checkKind } from './kindCheck';

describe('channelWords: another CSP partner, described or current, is otherCsp', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 现在是另一家直签的 CSP 伙伴在管。', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '客户的 Office 365 是从另一家分销商下面的经销商买的。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '以后 Teams 由我们出账，不再走现在那家 CSP。', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
