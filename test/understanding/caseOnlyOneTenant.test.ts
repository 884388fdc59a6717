// A customer with two tenants, and a line saying which one this ticket is about ("本工单只涉及
// 国际版租户", "this ticket is only about the global tenant"): that tenant's cloud is the case's,
// the other one named is another tenant's.
import { checkKind } from './kindCheck';

describe('understanding: the one tenant of two a ticket is about', () => {
  checkKind([
    [
      'zh-CN',
      '客户有两个租户：世纪互联的中国版和国际版。这次只涉及国际版租户：Office 365 E3 是从另一家 CSP 买的，客户想让我们做支持。',
      { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '交割后：中国租户另行处理；本次只涉及全球租户，Microsoft 365 E3 通过 MPSA 购买。', { cloud: 'global', channel: 'open', service: 'license' }],
    [
      'en-US',
      'The customer has two tenants, a China one operated by 21Vianet and a global one. This ticket is only about the global tenant: Office 365 E3 bought through an EA.',
      { cloud: 'global', channel: 'ea', service: 'license' },
    ],
    // Both named, none restricted: still asked.
    ['zh-CN', '客户有中国版和国际版两个租户，Office 365 E3 通过 MPSA 购买。', { channel: 'open', service: 'license' }, ['cloud']],
  ]);
});
