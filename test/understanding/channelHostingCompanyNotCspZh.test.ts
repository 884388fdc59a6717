// "一家做网站托管的公司…（对方不是 CSP）": a hosting company said not to be a CSP is a third
// party; the blocked words "托管的公司" inside the seller's name (kept from being a goal of
// hosting) do not hide the seller around them.
import { checkKind } from './kindCheck';

describe('kind: channelWords, a hosting company that is not a CSP is a third party', () => {
  checkKind([
    [
      'zh-CN',
      'Office 365 是在一家做网站托管的公司买的（对方不是 CSP），客户只想让我们帮忙运维。',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '客户的 Microsoft 365 是在一家主机托管公司买的，对方不是 CSP。', { channel: 'thirdParty', service: 'license' }],
    // Control: English already reads it.
    [
      'en-US',
      'They bought Microsoft 365 from a web hosting company (not a CSP) and want us to support it.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
