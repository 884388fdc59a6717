// Own words in Chinese: an Advisor said of another party ("客户原来的合作伙伴以前是 Advisor") is not
// this partner's Advisor past. In the 21Vianet cloud bought through that partner is somewhere
// else (other); outside China the words do not settle which channel, so it is asked.
import { checkKind } from './kindCheck';

describe("channel words: another partner's Advisor past is not ours", () => {
  checkKind([
    [
      'zh-CN',
      '客户原来的服务商以前是 Advisor，世纪互联运营的 Office 365 就是从那家买的，我们是 CSP。',
      { cloud: 'china', service: 'license', channel: 'other' },
    ],
    [
      'zh-CN',
      '他们之前的合作伙伴做过 Advisor，后来不做了。客户的 Dynamics 365（世纪互联版）是那时候买的，想转到我们这边。',
      { cloud: 'china', channel: 'other', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '客户原来的代理商当年是 Advisor，国际版 Office 365 是那家卖的。', { cloud: 'global', service: 'license' }],
    // Our own Advisor past is still the former Advisor channel.
    ['zh-CN', '我们以前是 Advisor，世纪互联的 Office 365 是那时候卖给客户的。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
  ]);
});
