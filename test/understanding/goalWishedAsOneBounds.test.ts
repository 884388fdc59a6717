// Support and a move wished as one ("they want us to manage the tenant and bill them") are a
// move; where the "and", the word of wanting or the word for later stand decides it. The wish
// is one whichever goal is said first; a comma before the "and" still joins them; a word for
// later counts only in the sentence of the second goal; a second word of wanting between them,
// even right before the goal it wants, makes two wishes (asked). A refused wish refuses what
// "and" joins to it, up to a new word of wanting, also one right before the goal.
import { checkKind, checkRead } from './kindCheck';

describe('goal: support and a move wished as one, at the edges of the rule', () => {
  checkKind([
    // The move said first: still one wish, a move.
    ['en-US', 'Office 365. They want us to bill them and manage the tenant.', { service: 'license', goal: 'move' }],
    // A comma before the "and" keeps the clause (English, and the Chinese comma with no space).
    ['en-US', 'Office 365. They want us to manage the tenant, and bill them.', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365。他们想让我们管理租户，并且迁移订阅。', { service: 'license', goal: 'move' }],
    // A comma that is no part of the "and" parts the two: asked.
    ['en-US', 'Office 365. They want us to manage the tenant, for all users and bill them.', { service: 'license' }, ['goal']],
    // A word for later in another sentence, before or after, puts nothing of the wish off.
    ['en-US', 'Office 365. We can talk about prices later. They want us to manage the tenant and bill them.', { service: 'license', goal: 'move' }],
    ['en-US', 'Office 365. They want us to manage the tenant and bill them. We can talk about prices later.', { service: 'license', goal: 'move' }],
    // In the second goal's sentence, up to its very end, it makes a plan in turns: asked.
    ['en-US', 'Office 365. They want us to manage the tenant and bill them for the licences starting next year', { service: 'license' }, ['goal']],
    ['en-US', 'Office 365. They want us to manage the tenant and bill them for the licences starting next year.', { service: 'license' }, ['goal']],
    // A word of wanting after both, or a second move wished apart, leaves the one wish a move.
    ['en-US', 'Office 365. They want us to manage the tenant and bill them, they really want that.', { service: 'license', goal: 'move' }],
    [
      'en-US',
      'Office 365. They want us to manage the tenant and bill them. Also they want to transfer the subscriptions to us.',
      { service: 'license', goal: 'move' },
    ],
    // A second word of wanting right before the move: two wishes, asked.
    ['zh-CN', 'Office 365。他们想让我们管理租户并且希望迁移订阅。', { service: 'license' }, ['goal']],
    // A second word of wanting right after the first goal, with no comma: two wishes, asked.
    ['zh-CN', 'Office 365。他们想迁移希望同时由我们管理。', { service: 'license' }, ['goal']],
    // A word for later right after the managing ("next year then migrate … and transfer"): a plan in turns, asked.
    ['zh-CN', 'Office 365。他们想让我们管理明年再迁移并且把订阅转给我们。', { service: 'license' }, ['goal']],
    // "Next year" right before the move puts off the move, not the support before it: support now.
    ['zh-CN', 'Office 365。他们现在想让我们管理租户明年再迁移订阅。', { service: 'license', goal: 'support' }],
    // Refused managing, then a new word of wanting right before the move: the move is wanted.
    ['zh-CN', 'Office 365。他们不想让我们管理租户并且希望迁移订阅。', { service: 'license', goal: 'move' }],
    // Refused managing, then a word of wanting right after it: the move is wanted.
    ['zh-CN', 'Office 365。他们不想让我们管理希望同时迁移。', { service: 'license', goal: 'move' }],
  ]);
  checkRead([
    // A word of wanting in a clause after the refused wish takes nothing back from it.
    ['en-US', "Office 365. They don't want us to manage it and bill them; they want to wait.", { service: 'license' }, { negated: ['goal'] }],
  ]);
});
