// "是之前那个合作伙伴" (it was the previous partner) names another CSP partner as "之前的合作伙伴"
// does ("那个" is a filler the reader drops), and "他们 CSP 资质被取消了" (their CSP status was
// taken away) says the seller was a CSP partner, which it still counts as. Our own CSP status is
// no channel.
import { checkKind } from './kindCheck';

describe('channel words: the previous partner, whose CSP status was taken away', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 是之前那家合作伙伴开的，我们是直签。', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    ['zh-CN', '客户的 Microsoft 365 是原来那个服务商买的，想让我们帮忙运维。', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['zh-CN', '客戶的 Microsoft 365 是之前那家合作夥伴開的。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是从一家代理商买的，他们的 CSP 资格去年被取消了。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户的 Azure 是一家公司开的，那边 CSP 授权已经没了，所以找到我们。', { channel: 'otherCsp', service: 'usage' }],
    // Our own CSP status says nothing of where the customer bought.
    ['zh-CN', '我们的 CSP 资质被取消了，客户的 Office 365 要我们继续运维。', { service: 'license', goal: 'support' }],
    // The partner who looks after them now is no seller.
    ['zh-CN', 'Office 365 可能继续让原来的伙伴管，你们只做日常支持。', { service: 'license', goal: 'support' }],
  ]);
});
