// "把运维和支持接过来" (take over the running and the support) is support, not the billing; "总部办公用的
// Office 365" (what the head office works with) is the customer's own, not a parent company's.
import { checkKind } from './kindCheck';

describe('goal words: taking over the support; the head office at work', () => {
  checkKind([
    ['zh-CN', '订阅不转，就是要我们把运维和支持接过来。Office 365。', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Office 365 想让我们把订阅接过来。', { service: 'license', goal: 'move' }],
    ['zh-CN', '总部办公用的 Office 365 是世纪互联版的，想让我们运维。', { cloud: 'china', service: 'license', goal: 'support' }],
    ['zh-CN', '集团总部用的是 EA，这家子公司是从微软官网买的。', { channel: 'microsoft' }],
  ]);
});
