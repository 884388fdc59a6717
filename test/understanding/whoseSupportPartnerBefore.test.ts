// Whose words in Chinese: the other partner that ran operations or support for the customer
// ("之前给他们做运维的是另一家伙伴") is background: it did the work, it did not necessarily sell.
// It answers the channel only when nothing else in the message does.
import { checkKind } from './kindCheck';

describe('whose words: the partner that did the support before, in Chinese', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 是在微软官网直接买的；之前给他们做运维的是另一家伙伴。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '以前负责技术支持的是别的服务商，订阅是世纪互联卖给他们的。', { cloud: 'china', channel: 'vianet' }],
    ['zh-CN', '之前给客户做维护的是另外一家 CSP 伙伴。', { channel: 'otherCsp' }],
  ]);
});
