// Chinese words read in a round on papers and calls: "X 我们没有" (we have no X) and "…时没卖给他们"
// (did not sell them) negate the mention before them; a hosting package ("托管套餐") is no wish for
// support; "由我们提供许可证并开票" is a move; "只审中国区" restricts the case to one tenant.
import { checkKind } from './kindCheck';

describe('negation after the mention, hosting package and audit scope (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户用的是 Microsoft 365，Azure 我们没有。通过 EA 买的。', { channel: 'ea', service: 'license' }],
    [
      'zh-CN',
      '客户的 Office 365 是世纪互联版，是从本地一家集成商那里买的，我们以前做 Advisor 时没卖给他们。',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    ['zh-CN', '客户的 Exchange Online 许可证包含在 IDC 的托管套餐里，套餐明年到期，之后希望由我们提供许可证并开票。', { service: 'license', goal: 'move' }],
    [
      'zh-CN',
      '客户有两个租户：中国区 Office 365 从世纪互联买的，全球版 Microsoft 365 从另一家 CSP 买的。本次只审中国区租户。',
      { cloud: 'china', service: 'license' },
      ['channel'],
    ],
  ]);
});
