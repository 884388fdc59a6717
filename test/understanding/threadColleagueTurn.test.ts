// A pasted chat between me and a colleague ("我：…" / "同事：…"): "同事" (colleague) is a speaker's
// label, so the lines are turns and the newest one decides, as in any pasted thread.
import { checkKind } from './kindCheck';

describe('thread: a colleague’s turn in a Chinese chat', () => {
  checkKind([
    [
      'zh-CN',
      '我：客户的 Office 365 是通过 EA 买的。\n同事：不是，他们的 Office 365 是在微软官网自己买的。\n我们是直签。',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    ['zh-CN', '我：客户的 Azure 是从世纪互联买的吧？\n同事：对，我们只帮忙运维。', { cloud: 'china', channel: 'vianet', service: 'usage' }],
  ]);
});
