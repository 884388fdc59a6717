// Chinese names a syndication partner also as a "joint operation" partner (联合运营伙伴): it is the
// syndication channel, so an either/or between it and EA is settled by "the latter" in the reply.
// A syndication partner denied still sets nothing.
import { checkKind } from './kindCheck';

describe('a joint-operation partner is syndication (zh-CN)', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 是从一家联合运营伙伴那里买的，想让我们接手运维。', { channel: 'syndication', service: 'license', goal: 'support' }],
    [
      'zh-CN',
      '[09:01] 阿强：客户的 Office 365 是 EA 买的，还是联合运营伙伴卖的？\n[09:05] 小美：后者，他们想让我们代维。',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    // Near miss: the syndication partner denied leaves the EA.
    ['zh-CN', '客户是在 EA 下买的 Office 365，不是联合运营伙伴那儿。', { channel: 'ea', service: 'license' }],
  ]);
});
