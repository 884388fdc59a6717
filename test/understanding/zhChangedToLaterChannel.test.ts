// A channel the customer changed to ("2021年起改为…", "之后改成了 MPSA") is today's: the one
// said before it is the past.
import { checkKind } from './kindCheck';

describe('zh-CN: the channel changed to is today’s', () => {
  checkKind([
    ['zh-CN', '客户以前用 Open 买 Office 365，2021年之后改成了 EA。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '这家的 Visio 早年走 EA，去年起改为在京东买。', { channel: 'thirdParty', service: 'license' }],
  ]);
});
