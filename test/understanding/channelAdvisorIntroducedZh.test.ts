// A customer an Advisor introduced who then signed directly with Microsoft ("顾问介绍…直接跟微软签")
// bought through the Advisor model: the direct signing is part of it, not a second channel.
import { checkKind } from './kindCheck';

describe('kind: channel words, introduced by an Advisor and signed with Microsoft is the Advisor channel', () => {
  checkKind([
    ['zh-CN', '客户的 Dynamics 365 是顾问介绍后直接和微软签的合同。', { channel: 'advisor', service: 'license' }],
    ['zh-CN', '他们的 Azure 是一家 Advisor 合作伙伴介绍客户直接跟微软签的，国际版。', { channel: 'advisor', service: 'usage', cloud: 'global' }],
  ]);
});
