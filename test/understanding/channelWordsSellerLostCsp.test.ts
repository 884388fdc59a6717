// "那家好像已经被取消 CSP 资格了": the seller named as "那家" (that one) that lost its CSP authorization
// is still another CSP partner; in unpunctuated speech the doubt is about that, not the goal said after it.
import { checkKind } from './kindCheck';

describe('channel words: "that one" lost its CSP authorization', () => {
  checkKind([
    [
      'zh-CN',
      '客户的 Office 365 是在另一家 CSP 伙伴那里买的 那家好像已经被取消 CSP 资格了 客户想把订阅转到我们这边',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '客户的 Office 365 是在一家公司买的，那家已经被取消 CSP 资格了，客户想让我们做运维。',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
