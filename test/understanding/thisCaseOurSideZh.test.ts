// After the group headquarters named in passing, "而/但/不过 …这边" (but here on our side) returns to
// this case, as "…分公司" does: what follows is this case's answer.
import { checkKind } from './kindCheck';

describe('kind: whose words, "but on our side" after the headquarters returns to this case', () => {
  checkKind([
    [
      'zh-CN',
      '集团总部在北京是直接账单合作伙伴，不过我们上海这边是二级经销商。客户的 Azure 是国际版。',
      { partnerType: 'indirectReseller', cloud: 'global', service: 'usage' },
    ],
    ['zh-CN', '集团总部在北京是一级经销商，而我们广州这边是间接经销商。', { partnerType: 'indirectReseller' }],
  ]);
});
