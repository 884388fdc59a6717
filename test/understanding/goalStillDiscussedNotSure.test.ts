// "他们内部还在讨论" and "之前说的…不一定对": a goal still being discussed, or one said earlier and
// now said to be not necessarily right, is asked, not read as said.
import { checkKind } from './kindCheck';

describe('goalWords: a goal still discussed or not necessarily right is asked', () => {
  checkKind([
    ['zh-CN', '客户内部还在讨论，把 Office 365 迁移到我们这边。', { service: 'license' }],
    ['zh-CN', '上次说的 Office 365 转到我们名下，其实不一定对。', { service: 'license' }],
  ]);
});
