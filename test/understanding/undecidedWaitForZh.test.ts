// "等他们开会定" (waiting for their meeting to decide) leaves the goal open; "转账单" is a move.
import { checkKind } from './kindCheck';

describe('kind: goal left open until someone decides (Chinese)', () => {
  checkKind([
    ['zh-CN', 'Microsoft 365。上周客户说只要我们做运维。昨天老板又说可能要转账单，也可能还是只做运维，等他们开会定。', { service: 'license' }, ['goal']],
  ]);
});
