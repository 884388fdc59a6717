// "没说是 X 还是 Y" (didn't say whether X or Y) leaves both open: the "没" is the start of the
// doubt, not a negation of the first option that would leave the second as the answer.
import { checkKind } from './kindCheck';

describe('kind: eitherOr, "did not say whether X or Y" asks the question', () => {
  checkKind([
    ['zh-CN', '客户是在世纪互联买的，但没说是 Office 365 还是 Azure，可能两个都有。', { cloud: 'china', channel: 'vianet' }, ['service']],
    ['zh-CN', '客户没讲到底是 EA 还是 Open，只说想让我们帮忙运维 Microsoft 365。', { service: 'license', goal: 'support' }, ['channel']],
    ['zh-CN', '他们没说要迁移还是只要支持，产品是 Office 365。', { service: 'license' }, ['goal']],
    // A "没" that closes its own clause still negates: "没有迁移" then a new clause.
    ['zh-CN', '客户的 Office 365 没有迁移，还是想让我们做运维。', { service: 'license', goal: 'support' }],
    ['en-US', "They didn't say whether it's Office 365 or Azure, they seem to have both.", {}, ['service']],
    ['ru-RU', 'Клиент не сказал, Office 365 или Azure, у них вроде есть и то и другое.', {}, ['service']],
  ]);
});
