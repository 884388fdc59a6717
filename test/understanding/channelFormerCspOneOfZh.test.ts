// "之前的一家 CSP 合作伙伴" (a CSP partner they had before) is another CSP partner, as "之前的那家"
// is.
import { checkKind } from './kindCheck';

describe('kind: channel words, a CSP partner they had before', () => {
  checkKind([['zh-CN', '客户的 Azure 是之前的一家 CSP 合作伙伴卖的，国际版。', { channel: 'otherCsp', cloud: 'global', service: 'usage' }]]);
});
