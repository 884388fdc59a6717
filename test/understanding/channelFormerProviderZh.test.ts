// "原服务商" (the former provider) is another CSP partner, as "原来的服务商" is, and the party whose
// words follow it ("原服务商说自己是总代" is its role, not ours).
import { checkKind } from './kindCheck';

describe('kind: channel in own words, the former provider (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 还在原服务商那边，我们是直签。', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '原服务商说自己是总代，我们是一级。Azure 在原服务商那边。', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
  ]);
});
