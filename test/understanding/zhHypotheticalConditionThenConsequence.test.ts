// A Chinese condition followed by its consequence ("要是…，那得…", "如果…，就…") is a hypothetical:
// the channels it names state nothing up to the end of its sentence; the fact said after it
// still holds (zh-CN lexicon `structure.hypothetical`, hypothetical.ts). Written for these tests.
import { checkKind } from './kindCheck';

describe('Chinese: a condition and its consequence state nothing for the case', () => {
  checkKind([
    [
      'zh-CN',
      '如果是Open，就得找原来的经销商；要是EA，还得等续约。实际上客户是在微软官网直接买的 Microsoft 365。',
      { channel: 'microsoft', service: 'license' },
    ],
    ['zh-CN', '假如他们用的是EA，那我们得等合同到期。不过客户的 Azure 是从另一家 CSP 伙伴买的。', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
