// "global" written in Latin letters inside Chinese text ("用的是 global", "国际版（global）",
// "global 版") names the commercial cloud, as 国际版 does; "global admin" and the like do not.
// "我看错客户了" (I looked at the wrong customer) takes back what was said before it.
import { checkKind } from './kindCheck';

describe('cloud: "global" in Latin letters in a Chinese message, and a misreading taken back', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 是 global 版的，想让我们帮忙管理。', { cloud: 'global', service: 'license', goal: 'support' }],
    ['zh-CN', '这个客户用的是 global，Azure 是通过 EA 买的。', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['zh-CN', '客户给了我们 global admin 权限，Office 365 要我们支持。', { service: 'license', goal: 'support' }],
    ['zh-CN', '他们在世纪互联上用 Office 365……不好意思，我看错了，是 global 的。', { cloud: 'global', service: 'license' }],
    ['zh-CN', '客户在政府云上用 Azure，啊我记错客户了，这家是国际版。', { cloud: 'global', service: 'usage' }],
  ]);
});
