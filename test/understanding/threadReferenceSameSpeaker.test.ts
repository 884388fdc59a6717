// A chat where one person offers two options and, in their next message, picks one by reference
// ("翻到了，是后者", "found it, the latter"): the reference settles their own either/or, also when
// someone asks something else after it.
import { checkKind } from './kindCheck';

describe('thread: a reference in the same speaker’s next message settles their either/or', () => {
  checkKind([
    [
      'zh-CN',
      '客户-王经理：我们的 Office 365 要么是在京东上买的，要么是走的企业协议（EA），我查一下\n客户-王经理：查到了，是后者\n我：好的，是想让我们接过来计费，还是只做日常管理？\n客户-王经理：只做管理就行',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Customer: our Office 365 is either from a retail shop or on an Open Value agreement, let me check\nCustomer: found it, the latter\nAgent: ok, do you want us to take over billing or just manage it?\nCustomer: just manage it',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '客户-王经理：我们的 Office 365 要么是在京东上买的，要么是走的企业协议（EA），我查一下\n我：好的，是想让我们接过来计费，还是只做日常管理？\n客户-王经理：只做管理就行',
      { service: 'license', goal: 'support' },
      ['channel'],
    ],
  ]);
});
