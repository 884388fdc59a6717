// A provider glossed in brackets right after the distributor we buy through names that same
// distributor ("透過總代理（間接提供者）進貨"): it is our supplier, not our role.
import { checkKind } from './kindCheck';

describe('kind: whose words, a gloss of the distributor we buy through', () => {
  checkKind([
    [
      'zh-CN',
      '我們是透過總代理（間接提供者）進貨的間接轉售商，客戶的 Azure 在另一家 CSP 那裡。',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'zh-CN',
      '我们是通过总代（间接提供商）拿货的，客户的 Office 365 是官网买的。',
      { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'We resell through a distributor (indirect provider), the customer bought Azure from another CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
