// "客户的 IT 外包公司是 CSP 合作伙伴": the customer's own provider said to be a CSP is another
// CSP; our own company being a CSP is not.
import { checkKind } from './kindCheck';

describe("channelWords: the customer's provider that is a CSP is another CSP", () => {
  checkKind([
    ['zh-CN', '客户的网络服务商是 CSP，他们的 Microsoft 365 就是从那里买的。', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '他们的集成商其实是一家 CSP，Azure 订阅一直是那家在卖。', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '我们公司是 CSP，客户的 Office 365 许可需要我们代管。', { service: 'license', goal: 'support' }],
  ]);
});
