// The parent company's or the group's channel said first, then, after "but", this entity's own
// ("the parent buys through X, but this store bought from Y"): the parent's words answer nothing
// of this case, this one's answer it. Written for these tests.
import { checkKind } from './kindCheck';

describe("kind: whose, the parent's channel, then this entity's own after 'but'", () => {
  checkKind([
    [
      'en-US',
      'Their parent management company buys everything through a syndication bundle from the telco, but this store bought Microsoft 365 from another CSP.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'EA у их головной компании в Москве, а сама клиника покупала Microsoft 365 через Advisor.', { channel: 'advisor', service: 'license' }],
    ['ru-RU', 'Головная компания на EA, но школа сама купила Office 365 у другого CSP.', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '母公司是EA，但工厂自己的 Office 365 是从另一家 CSP 买的。', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Az anyacégnek EA-ja van, de a gyár a saját Office 365-jét egy másik CSP-től vette.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'A mantenedora compra tudo pelo EA, mas a escola comprou o Office 365 de outro parceiro CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('kind: thread, "核实后" (after checking) corrects what sales said', () => {
  checkKind([['zh-CN', '销售说走EA，核实后：Office 365 是在微软官网买的。', { channel: 'microsoft', service: 'license' }]]);
});
