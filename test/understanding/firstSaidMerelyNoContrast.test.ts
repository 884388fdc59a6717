// "一开始他们以为不过是EA" ("at first they thought it was merely an EA"): 不过 right after the
// words of what was assumed means "merely", not "but", so what follows is still what was assumed
// at first, and the next sentence says what is. A contrast says what is only after the assumption.
import { checkKind } from './kindCheck';

describe('kind: rambling, a "merely" right after what was assumed at first is no contrast', () => {
  checkKind([
    ['zh-CN', '一开始他们以为不过是EA。合同上是Open Value。', { channel: 'open' }],
    ['zh-CN', '客户本来以为不过是想要技术支持。其实他们想迁移Office 365。', { service: 'license', goal: 'move' }],
  ]);
});
