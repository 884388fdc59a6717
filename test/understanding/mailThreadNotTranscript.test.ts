// A pasted mail thread ("发件人:", "From:") is read as a thread, newest message first, even when a
// line in it ends in a colon and names a speaker's word ("转发客户邮件：", "更正一下我同事说的："):
// such a line introduces what follows, it is no turn of a call transcript.
import { checkKind } from './kindCheck';

describe('kind: thread, a mail thread with lines ending in a colon is no transcript', () => {
  checkKind([
    [
      'zh-CN',
      [
        '转发客户邮件（最新的在上面）：',
        '',
        '发件人: 张伟',
        '发送时间: 2026年3月2日 10:15',
        '主题: 回复: Microsoft 365',
        '',
        '您好，',
        '纠正一下我同事之前说的：我们的 Microsoft 365 不是在微软官网买的，是通过 EA 签的。请贵司帮忙做日常运维。',
        '',
        '> 发件人: 陈晨',
        '> 发送时间: 2026年3月1日 17:20',
        '> 我们是在微软官网买的，想把账单转到你们名下。',
      ].join('\n'),
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      [
        "Forwarding the customer's latest mail:",
        '',
        'From: Dana Whitfield',
        'Sent: Monday, March 2, 2026 10:15 AM',
        'Subject: RE: Microsoft 365',
        '',
        "Correction from the customer's IT: we did not buy Microsoft 365 on the Microsoft website, it is on our EA. We would like you to look after it day to day.",
        '',
        '> From: Sam Ortiz',
        '> Sent: Sunday, March 1, 2026 5:20 PM',
        '> We bought Microsoft 365 on the Microsoft website and want to move the billing to you.',
      ].join('\n'),
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
