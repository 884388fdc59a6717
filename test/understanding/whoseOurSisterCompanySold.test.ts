// Whose words in Chinese: our group's sister company ("我们集团下面的兄弟公司"), or a sister company
// the customer bought from ("在兄弟公司那边买的"), is the seller, not another customer, so the
// case's words stay read. A seller that is also Microsoft's CSP ("也是微软 CSP") is another CSP.
import { checkKind } from './kindCheck';

describe('whose: the sister company that sold is the seller, not another case', () => {
  checkKind([
    [
      'zh-CN',
      '我们的兄弟公司也是 CSP 合作伙伴，客户的 Office 365 是从兄弟公司那里买的，国际版。',
      { cloud: 'global', channel: 'otherCsp', service: 'license' },
    ],
    ['zh-CN', '客户的 Azure 是在我们集团旗下的兄弟公司开的，那家公司也是微软的 CSP。', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '这家集成商本身是微软 CSP，客户的 M365 就是从他们那里买的。', { channel: 'otherCsp', service: 'license' }],
    // The customer's own sister company is still another case.
    ['zh-CN', '客户的兄弟公司用的是 EA，这家客户自己的 Azure 是在微软官网买的。', { channel: 'microsoft', service: 'usage' }],
  ]);
});
