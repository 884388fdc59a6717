// A subscription "held under" a CSP partner's name ("挂在那家 CSP 伙伴名下") is bought through that
// partner: another CSP. Under our own name ("挂在我们名下") it stays a move, not a channel.
import { checkKind } from './kindCheck';

describe('subscriptions held under another CSP partner name (zh-CN)', () => {
  checkKind([
    ['zh-CN', '备注：Project 的订阅一直挂在那家 CSP 伙伴名下，客户想要我们维护。', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Visio 订阅记在原来的 CSP 伙伴名下，要转到我们名下。', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    // Near miss: our own name states no channel.
    ['zh-CN', '客户的 Visio 订阅想挂到我们名下。', { service: 'license', goal: 'move' }],
  ]);
});
