// "想让我们接过账单" (take over the billing) is a move, like 转过来 or 记录合作伙伴.
import { checkKind } from './kindCheck';

describe('goal: taking over the billing is a move', () => {
  checkKind([
    ['zh-CN', 'Microsoft 365 商业标准版，客户希望我们接过账单。', { service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365 国际版，他们想让我们接手计费。', { cloud: 'global', service: 'license', goal: 'move' }],
  ]);
});
