// "转给 bot 看下" (passed on to the bot to look at), "转给机器人" forward a message, they move nothing: "转给"
// is a move only when the subscription or the billing is handed over ("把订阅转给我们").
import { checkKind } from './kindCheck';

describe('kind: goalWords, forwarding a message to someone to look at is no move', () => {
  checkKind([
    [
      'zh-CN',
      [
        '转给 bot 看下，客户的邮件在下面。',
        '',
        '发件人: 赵强',
        '发送时间: 2026年5月6日 14:02',
        '',
        '您好，我们的 Office 365 是在微软官网买的，希望贵司负责日常维护，账单不变。',
      ].join('\n'),
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '我把客户的情况转给你看一下。Microsoft 365 商业标准版，五十个用户。', { service: 'license' }],
    ['zh-CN', '客户的原话转给机器人：Office 365 商业版，五十个用户。', { service: 'license' }],
    ['zh-CN', '客户想把 Microsoft 365 的订阅转给我们。', { service: 'license', goal: 'move' }],
  ]);
});
