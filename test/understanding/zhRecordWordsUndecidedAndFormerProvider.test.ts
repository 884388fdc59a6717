// Chinese words of CRM notes and hand-overs: a purchase through the customer's former IT provider that is a CSP is another CSP's (before, "他们原来的 IT 服务商"
// was taken for another company named in passing and the sentence answered nothing); a purchase
// source field of 世纪互联 is 21Vianet's channel; a web host "not a CSP" is a third party.
import { checkKind } from './kindCheck';

describe('kind: Chinese record words, a former IT provider that is a CSP, a web host', () => {
  checkKind([
    [
      'zh-CN',
      '客户来电：他们的 Visio 是通过他们以前的 IT 服务商（一家 CSP 合作伙伴）买的，想转到我们这里。',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '购买来源：世纪互联。需求：转移订阅', { cloud: 'china', channel: 'vianet', goal: 'move' }],
    [
      'zh-CN',
      'Microsoft 365 是跟域名一起在蓝海网络买的。蓝海网络是做域名的，不是 CSP。请帮忙运维。',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
