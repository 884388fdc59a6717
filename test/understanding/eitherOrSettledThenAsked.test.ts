// An either/or settled by a reference, then another question with one option read: the settled
// pair is not read again, and the option it set aside does not stop the question that follows.
import { checkDoubted } from './kindCheck';

describe('an either/or settled by a reference, then a question', () => {
  checkDoubted([
    // In the same sentence: the product named before the options is no option of the question, it stays an answer.
    ['zh-CN', '我们的 Office 365 要么是在京东上买的，要么是走的企业协议（EA），查到了是后者，你们这边能处理吗？', { channel: 'ea', service: 'license' }, {}],
    // In the next sentence: its one read option is asked about by name, though an option was set aside before it.
    ['en-US', 'Commercial cloud or GCC? The former. Do they want us to take over billing or something else?', { cloud: 'global' }, { goal: 'move' }],
    // The option set aside opens the message: the product between the two options stays an answer.
    ['zh-CN', '在京东买的 Office 365 还是走的EA？查了，是后者。', { channel: 'ea', service: 'license' }, {}],
    // A pair settled later, beyond the reach of its reference from this question, does not stop it.
    [
      'en-US',
      'Do they want us to take over billing or something else? We talked about many other things on the call today, their offices, the team, the rollout plan and the budget for next year. Commercial cloud or GCC? The former.',
      { cloud: 'global' },
      { goal: 'move' },
    ],
  ]);
});
