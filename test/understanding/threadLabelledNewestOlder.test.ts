// A history pasted with its parts labelled by when they were written, not by mail headers or
// stamps ("最新回复：…" over "> 旧邮件（10/15）：…", "最上面（客户，12/03）：" over "下面（…）：",
// "Latest: …" over "Earlier: …"): the newest-labelled part decides, wherever it stands.
import { checkKind } from './kindCheck';

describe('understanding: a history whose parts are labelled newest and older', () => {
  checkKind([
    [
      'zh-CN',
      '代理最新回复：「客户决定不迁了，只需要我们做日常维护。」\n> 旧邮件（10/15）：客户希望把 Microsoft 365 Business Standard 全部迁到我们这边\n客户是 MPSA 买的。',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '回复: 回复: 远航贸易 Office 365\n\n最上面（客户，12/03）：「还是不迁了，你们帮我们做运维就好。」\n\n下面（客户，11/30）：「我们打算把 Office 365 E3 整体迁到你们这边。」',
      { service: 'license', goal: 'support' },
    ],
    ['zh-CN', '昨天：客户说 Dynamics 365 只要我们做支持就行\n——\n最新：客户又改了，要把订阅整体转到我们名下', { service: 'license', goal: 'move' }],
    [
      'en-US',
      'Latest reply (customer, 12/03): "We\'re staying where we are after all, we only need you for support."\nEarlier (customer, 11/28): "We want to move our Microsoft 365 E3 over to you."',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
