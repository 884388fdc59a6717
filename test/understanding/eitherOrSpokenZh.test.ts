// Spoken Chinese either/or left open: "A 还是 B" where B leans on A's noun ("政府那个合作伙伴中心还是
// 普通商业版": the commercial one is the ordinary Partner Center), moving "the whole house" to us
// (搬家到我们这边) as a move, and "还没拿主意" (no mind made up yet) as no decision.
import { checkKind } from './kindCheck';

describe('a spoken either/or left open (zh-CN)', () => {
  checkKind([
    [
      'zh-CN',
      '客户的 Dynamics 365 是在微软官网买的，不过到底是美国政府合作伙伴中心还是普通商业版，我这边还没搞清楚。',
      { channel: 'microsoft', service: 'license' },
      ['cloud'],
    ],
    ['zh-CN', '客户 Project 走 EA。留在原地让我们维护，还是把账单整个搬家到我们这边，他们领导还没拿主意。', { channel: 'ea', service: 'license' }, ['goal']],
    ['zh-CN', '客户 Project 走 EA，想把订阅整个搬家到我们这边。', { channel: 'ea', service: 'license', goal: 'move' }],
    // Near misses: a product's own "商业版" is no cloud, and a decided support stays support.
    ['zh-CN', '客户买的是 Microsoft 365 商业版，走 EA，要我们维护。', { channel: 'ea', service: 'license', goal: 'support' }],
    ['zh-CN', '客户搬家了，新办公室在浦东。Project 走 EA，要我们维护。', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
