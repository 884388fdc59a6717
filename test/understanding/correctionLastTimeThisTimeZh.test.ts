// "上次…，这次…" (last time …, this time …) says what changed since: the newer statement holds, as
// "以前…，现在…" does.
import { checkKind } from './kindCheck';

describe('kind: thread, last time then this time keeps what is said this time', () => {
  checkKind([
    [
      'zh-CN',
      '客户的 Office 365 是世纪互联版。上次开会他们想让我们接手账单，这次改成只要我们做运维。',
      { cloud: 'china', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '上次他们说 Azure 是从另一家 CSP 买的，这次说是在微软官网买的。', { channel: 'microsoft', service: 'usage' }],
  ]);
});
