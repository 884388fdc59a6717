// Chinese words for where a subscription came from and which case a message is about: another
// customer announced at the very start is this message's case, "分不清" leaves the product open,
// an integrator bought through is another seller, an Advisor period is ours, paying Microsoft
// directly is Microsoft unless Advisor (which pays Microsoft) is said, a former provider is
// another CSP; "以…为准" and "客户补充了：" settle a contradiction, a minute that "写成" a word
// did so wrongly, and what has nothing to do with the current subscription answers nothing.
import { checkKind } from './kindCheck';

describe('Source and case words (zh-CN)', () => {
  checkKind([
    [
      'zh-CN',
      '还有一个客户，用的是世纪互联的 Office 365，是直接跟世纪互联买的，想让我们帮着管。',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '我们是第一个。还有一个客户用的是 EA，这个客户是世纪互联的 Azure。', { cloud: 'china', service: 'usage' }],
    ['zh-CN', '客户分不清是 Azure 还是 Dynamics 365，只知道是国际版。', { cloud: 'global' }, ['service']],
    ['zh-CN', '国内版 Azure，是通过一家系统集成商买的。', { cloud: 'china', channel: 'other', service: 'usage' }],
    ['zh-CN', '这批 Office 365 是我们以前 Advisor 时期开出去的单子，世纪互联版。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    ['zh-CN', '客户每个月直接付钱给微软，国际版 Azure。', { cloud: 'global', channel: 'microsoft', service: 'usage' }],
    [
      'zh-CN',
      '前任服务商的合同已经到期，国际版 Microsoft 365，客户想转到我们这边。',
      { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '纪要里一处写迁移，一处写运维。以客户邮件为准：只要运维，国际版 Office 365。', { cloud: 'global', service: 'license', goal: 'support' }],
    ['zh-CN', '客户有一份企业协议的旧合同，但跟现在的订阅无关。现在的 Azure 国际版是官网买的。', { cloud: 'global', channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '客户只要运维。上次纪要里写成迁移了，国际版 Office 365。', { cloud: 'global', service: 'license', goal: 'support' }],
    ['zh-CN', '客户想让我们管理他们的 Office 365。客户刚补充了：不是只要管理，还想把订阅转到我们这边。', { service: 'license', goal: 'move' }],
  ]);
});
