// The bounds of the Chinese rule that a doubt closing a clause asks which, where or whose about
// the answer in it, and so doubts neither that answer nor the next clause: the question word must
// stand between the answer and the doubt, even glued to either of them. One said before the
// answer or after the doubt belongs to another clause, and the doubt still holds the answer.
// Written against the mutants of that rule.
import { checkRead } from './kindCheck';

describe('doubt: a Chinese closing doubt asking which is bounded by its answer and itself', () => {
  checkRead([
    // The question word glued to the answer, or to the doubt: what is unknown is the which or whose.
    ['zh-CN', 'Office 365哪个租户说不清，客户只要支持。', { service: 'license', goal: 'support' }, {}],
    ['zh-CN', 'Office 365 归谁不确定，客户只要支持。', { service: 'license', goal: 'support' }, {}],
    // A question word before the answer or after the doubt: the doubt holds the answer.
    ['zh-CN', '他们问什么时候能迁，Azure 是 EA 不确定，客户只要支持。', { service: 'usage' }, { hedged: { channel: 'ea' } }],
    ['zh-CN', 'Azure 是 EA 不确定，哪天迁移也还没定。', { service: 'usage' }, { hedged: { channel: 'ea' } }],
  ]);
});
