// "实际是" / "实际上" (actually) corrects what was said before it, as "其实" does.
import { checkKind } from './kindCheck';

describe('kind: not X but Y, "actually" in Chinese', () => {
  checkKind([
    ['zh-CN', '客户填的是 EA，实际是 Open Value。', { channel: 'open' }],
    ['zh-CN', '表上写的是 Azure，实际上他们用的是 Microsoft 365。', { service: 'license' }],
  ]);
});
