// Either/or: two options left open, then "最后定了" (in the end it was settled) and one of them
// again: the one named after the decision is the answer. Still undecided, both stay asked.
import { checkKind } from './kindCheck';

describe('either/or: an option named again after "in the end they decided" is the answer', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 要么让我们做运维，要么转过来，最后定了：转过来。', { service: 'license', goal: 'move' }],
    ['zh-CN', '要么 EA 要么 Open，最后确定了是 Open。', { channel: 'open' }],
    ['zh-CN', '客户的 Office 365 要么让我们做运维，要么转过来，最后还没决定。', { service: 'license' }, ['goal']],
  ]);
});
