// Two customers told apart by a letter ("A 客户…；B 客户…") and one of them named at the end
// ("我问的是 B"): the other one's words answer nothing of this case. Without such a reference both
// stay, and what they disagree on is asked.
import { checkKind } from './kindCheck';

describe('kind: whose, "A 客户…B 客户…我问的是 B" keeps only the customer named', () => {
  checkKind([
    [
      'zh-CN',
      '今天两个客户：A 客户用的是 Azure，通过 EA 买的；B 客户是 Microsoft 365，从别的 CSP 买的，想让我们帮忙运维。我说的是 B。',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      'A 客户是 Office 365，在官网买的，想转到我们这边；B 客户是 Azure，走 EA。我问的是 A。',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['zh-CN', 'A 客户是 Office 365，在官网买的；B 客户是 Azure，走 EA。', {}, ['channel', 'service']],
  ]);
});
