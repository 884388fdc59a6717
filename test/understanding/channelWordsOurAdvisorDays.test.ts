// Own words in Chinese: our Advisor days said with the gloss "顾问（Advisor）", or as "那时候我们还在
// Advisor 计划里", are this partner's former Advisor channel (in the 21Vianet cloud).
import { checkKind } from './kindCheck';

describe('channel words: our Advisor days, glossed or told as a time', () => {
  checkKind([
    [
      'zh-CN',
      '客户的 Office 365（世纪互联版）是当年我们还在做顾问（Advisor）那会儿开通的，现在想让我们做支持。',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '世纪互联运营的 Dynamics 365 是从我们这买的，那时候我们还在 Advisor 计划里。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是中国版，那会儿我们还在 Advisor 里，客户就是那时开通的。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
  ]);
});
