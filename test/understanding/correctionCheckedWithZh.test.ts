// "跟客户财务核实了，是 Open": a check with someone, said before what it found, corrects what was
// said earlier (the finding wins); said after a doubted answer it still only confirms it.
import { checkKind } from './kindCheck';

describe('kind: not X but Y, a check with someone before its finding (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户说是 EA，我跟他们财务核实了，是 Open。Office 365。', { channel: 'open', service: 'license' }],
    ['zh-CN', '客户想把账单转给我们。今天跟客户老板确认过了，账单不动，只要我们做运维。Microsoft 365。', { service: 'license', goal: 'support' }],
    ['zh-CN', '销售写的是 EA 客户，核实后：是 MPSA。Office 365。', { channel: 'open', service: 'license' }],
    ['zh-CN', '应该是 EA 吧……刚跟客户确认了，想让我们支持。Office 365', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
