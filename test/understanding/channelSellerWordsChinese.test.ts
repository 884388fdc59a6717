// Sellers in Chinese words: "从本地一家 IT 公司买的" (from a local IT company) is somewhere else
// in the China cloud; "在一家美国的 CSP 那里买的" (at an American CSP) and "开票方是一家 CSP 合作伙伴"
// (the invoice is a CSP partner's) are another CSP partner.
import { checkKind } from './kindCheck';

describe('channel: a local IT company, a CSP named with its country, the CSP on the invoice', () => {
  checkKind([
    ['zh-CN', '世纪互联的 Office 365，是从当地一家 IT 公司买的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '客户用世纪互联版，Office 365 是在本地一家软件公司那里购买的。', { cloud: 'china', channel: 'other', service: 'license' }],
    [
      'zh-CN',
      '国际版 Microsoft 365，之前在一家新加坡的 CSP 那里买的，现在想转到我们这边。',
      { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '看了合同，开票方是一家 CSP，不是代理商。Office 365，国际版。', { cloud: 'global', channel: 'otherCsp', service: 'license' }],
  ]);
});
