// "托管他们网站的主机商": hosting the customer's website names the seller, it is no wish for us
// to look after anything.
import { checkKind } from './kindCheck';

describe("goalWords: a seller that hosts the customer's website is no support goal", () => {
  checkKind([
    ['zh-CN', '客户的 Exchange Online 是在托管他们网站的那家公司买的，那家不是 CSP。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '他们的 Microsoft 365 是从托管公司服务器的服务商那里买的，那家不是 CSP。', { channel: 'thirdParty', service: 'license' }],
  ]);
});
