// Unpunctuated Chinese: "先别动账单就帮忙管一管" — the "别" refuses touching the billing; "就" ("just")
// opens what is wanted instead, which the "别" does not reach.
import { checkKind } from './kindCheck';

describe('negation: a Chinese "not" ends where "就" opens what is wanted instead', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 先别动账单就帮忙做运维', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Dynamics 365 不转计费就只要支持', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户的 Office 365 一会说要把账单转过来 一会又说先别动账单就帮忙管一管 还没定', { service: 'license' }, ['goal']],
  ]);
});
