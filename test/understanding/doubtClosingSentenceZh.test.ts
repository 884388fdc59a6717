// A Chinese doubt closing its sentence in a clause of its own ("…，客户自己也说不清。") doubts the
// answer said before it in that sentence, as one closing a clause does; not one an earlier doubt of
// the sentence already spoke of.
import { checkRead } from './kindCheck';

describe('kind: spoken, a doubt closing its sentence looks back (Chinese)', () => {
  checkRead([
    ['zh-CN', '客户说 Office 365 是通过 EA 买的，客户自己也说不清。', { service: 'license' }, { hedged: { channel: 'ea' } }],
    ['zh-CN', '客户说 Azure 是之前的服务商帮开的，那家是不是 CSP，客户也说不清。', { service: 'usage' }, { hedged: { channel: 'otherCsp' } }],
    ['zh-CN', '客户是通过 EA 买的，但买的是 Azure 还是 Dynamics 365 我也不确定，客户自己也说不清。', { channel: 'ea' }, { conflicts: ['service'] }],
  ]);
});
