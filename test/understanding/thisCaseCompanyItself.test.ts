// "太仓公司自己签了一个 EA" (the Taicang company itself signed an EA), said after the parent
// company's EA, is this customer again, as "客户自己" is; "总公司自己" stays the parent's.
import { checkKind } from './kindCheck';

describe('kind: whose, "the company itself" after the parent company returns to this case', () => {
  checkKind([
    ['zh-CN', '一开始说许可证挂在集团总部的 EA 下面，后来更正：苏州公司自己签了一个 EA。', { channel: 'ea', service: 'license' }],
    // Controls: the parent company itself stays the parent's; English already reads this.
    ['zh-CN', '总公司自己签了一个 EA，这家子公司用的是 Open。', { channel: 'open' }],
    [
      'en-US',
      'At first they said the licences were under the head office EA; correction: the Austin company itself signed its own EA.',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
