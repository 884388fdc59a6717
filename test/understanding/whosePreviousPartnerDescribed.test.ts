// Whose words: the customer's former partner described with words of its own ("原来的合作伙伴是一家
// 直接计费的 CSP", "之前的服务商是一个做运维的 CSP") is another party's past, background: it answers
// the channel only when nothing else in the message does.
import { checkKind } from './kindCheck';

describe("whose words: the former partner described, with the customer's channel said elsewhere", () => {
  checkKind([
    ['zh-CN', '原来的合作伙伴是一家直接计费的 CSP。客户的 Microsoft 365 是在微软官网买的。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '之前的服务商是一个做运维的 CSP；客户的 Azure 当年签的企业协议。', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '原來的夥伴是一家間接的 CSP，客戶的 M365 是在微軟官網直接買的。', { channel: 'microsoft', service: 'license' }],
    [
      'en-US',
      "Their previous partner was a direct-bill CSP that only did technical support. They bought Azure on Microsoft's website.",
      { channel: 'microsoft', service: 'usage' },
    ],
    // Nothing else said: the former partner answers.
    ['zh-CN', '原来的合作伙伴是一家直接计费的 CSP，我们是间接经销商。', { channel: 'otherCsp', partnerType: 'indirectReseller' }],
  ]);
});
