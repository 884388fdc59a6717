// A carrier's bundle is syndication, unless the words after it say the carrier is no CSP
// ("移动运营商的套餐里送的（对方说了不是 CSP）"): then it is a seller outside CSP, a third party.
import { checkKind } from './kindCheck';

describe('channel: a carrier bundle said not to be CSP (zh-CN)', () => {
  checkKind([
    [
      'zh-CN',
      '客户的 Office 365 E1 是移动运营商的宽带套餐里送的（对方说了不是 CSP），想让我们帮忙维护。',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['zh-CN', 'Microsoft 365 是跟电信公司的企业套餐一起买的，并非 CSP。', { channel: 'thirdParty', service: 'license' }],
    // Without the words, the carrier's bundle stays syndication.
    ['zh-CN', 'Microsoft 365 是跟电信公司的企业套餐一起买的。', { channel: 'syndication', service: 'license' }],
  ]);
});
