// "那个 Azure 是另一个客户（某某公司）的，…": another customer, named in brackets before the
// possessive, owns only the clause it closes; the next clause speaks of this case again.
import { checkKind } from './kindCheck';

describe('kind: another customer named in brackets closes its own clause', () => {
  checkKind([
    ['zh-CN', '之前说的 Azure 是另一个客户（南方电子）的，北辰医疗只有 Microsoft 365 商业版。', { service: 'license' }],
    ['zh-CN', '那个 EA 是另一家客户（宏达）的，远景设计是在微软官网买的 Visio。', { channel: 'microsoft', service: 'license' }],
  ]);
});
