// "原来那家也是 CSP": the one they bought from before, said to be a CSP too, is another CSP
// partner, though no noun follows "那家".
import { checkKind } from './kindCheck';

describe('kind: channel, the former seller said to be a CSP too is another CSP', () => {
  checkKind([
    ['zh-CN', '客户想把 Microsoft 365 的订阅转到我们这边，之前那家也是 CSP。', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['zh-CN', 'Dynamics 365 想让我们帮忙运维（原来那家其实是 CSP）', { channel: 'otherCsp', service: 'license', goal: 'support' }],
  ]);
});
