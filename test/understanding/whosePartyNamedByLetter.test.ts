// Whose words in Chinese: a party named by a letter ("B 是某分销商下面的经销商", "C公司是一级") is
// another party, so the role said of it is not ours; ours is still read.
import { checkKind } from './kindCheck';

describe('whose words: a party named by a letter, in Chinese', () => {
  checkKind([
    ['zh-CN', 'C公司是二级经销商，我们公司是总代。', { partnerType: 'indirectProvider' }],
    ['zh-CN', 'A 是直接计费的一级伙伴，我们是分销商下面的经销商。', { partnerType: 'indirectReseller' }],
    // Said of no one but a letter: not ours, asked.
    ['zh-CN', 'B 是一级合作伙伴。', {}],
  ]);
});
