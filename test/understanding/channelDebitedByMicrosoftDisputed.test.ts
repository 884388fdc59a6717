// "微软那边直接扣款" (Microsoft debits them directly) is bought from Microsoft; against "一家叫…的公司"
// (a company called …) that issues the invoice, after "but", in a sentence that ends saying the two
// do not tally, it is asked by name.
import { checkRead } from './kindCheck';

describe('channel words: debited by Microsoft, disputed by a named company', () => {
  checkRead([
    ['zh-CN', 'Office 365 每个月是微软那边直接扣款。', { channel: 'microsoft', service: 'license' }, {}],
    ['zh-CN', 'Azure 说是微软直接扣费，但采购说合同是一家叫星云数据的公司签的，两边对不上。', { service: 'usage' }, { hedged: { channel: 'microsoft' } }],
  ]);
});
