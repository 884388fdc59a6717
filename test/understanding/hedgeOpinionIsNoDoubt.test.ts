// "客户觉得…太麻烦": what the customer finds too much trouble is an opinion, no doubt about what
// it then wants; "客户觉得是 EA" still doubts the EA.
import { checkKind } from './kindCheck';

describe('hedge: the customer finding something too much trouble doubts nothing', () => {
  checkKind([
    ['zh-CN', '客户觉得每个月自己刷卡太麻烦，想以后由我们来开票，Microsoft 365 一共 30 个。', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户觉得是 EA，我们是直签。', { partnerType: 'direct' }],
  ]);
});
