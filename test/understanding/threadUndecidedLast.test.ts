// A newer message of a pasted chat that only says the case was left undecided ("两边说法不一致，看他们
// 老板怎么定", "They haven't decided yet.") leaves open each question the older messages answered two
// ways: the newest of those no longer decides. A message after it that settles the question does.
import { checkKind } from './kindCheck';

describe('thread: an undecided last word leaves open what the older messages told two ways', () => {
  checkKind([
    [
      'zh-CN',
      '王经理 10:02\nOffice 365 客户想迁移到我们这边\n小李 10:20\n我问了客户 IT，他们说只要运维就行\n王经理 10:25\n两边说法不一致，看他们老板怎么定',
      { service: 'license' },
      ['goal'],
    ],
    [
      'zh-CN',
      '王经理 10:02\nOffice 365 客户想迁移到我们这边\n小李 10:20\n我问了客户 IT，他们说只要运维就行\n王经理 10:25\n两边说法不一致，看他们老板怎么定\n小李 11:40\n老板回复了：只要运维',
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      "Anna Kovacs 10:02\nThey want to move the Office 365 subscriptions to us\nBen Hall 10:20\nTheir IT says support only\nAnna Kovacs 10:25\nThey haven't decided yet.",
      { service: 'license' },
      ['goal'],
    ],
    // In one message the words of no decision were there already; the Chinese ones are new.
    ['zh-CN', 'Office 365，客户想迁移，采购说只要运维。双方说法不一致。', { service: 'license' }, ['goal']],
  ]);
});
