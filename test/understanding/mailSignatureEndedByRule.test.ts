// A forwarded mail's signature ("--", the sender's name and title) ends at a rule of three dashes
// or more: the words under it are the paster's own note, not the signature's.
import { checkKind } from './kindCheck';

describe("understanding: a rule after a signature opens the paster's note", () => {
  checkKind([
    [
      'zh-CN',
      '转发一下\n-------- 转发的邮件 --------\n发件人: 王磊 <wl@example.cn>\n主题: 客户\n\n您好，客户的 Office 365 是在世纪互联直接买的。\n--\n王磊 | 客户经理\n\n---\n客户只想让我们做运维，账单不动。',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'FYI see below\n---------- Forwarded message ---------\nFrom: Sam <sam@x.com>\nSubject: customer\n\nThey bought Office 365 E3 through an EA.\n--\nSam Lee | Account Manager\n\n---\nThey only want us to support it.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
