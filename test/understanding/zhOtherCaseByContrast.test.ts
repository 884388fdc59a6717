// Another case named to set this one apart ("和上周的华信不一样，华信是 EA；这家（…）…",
// "上周处理了三家：…。今天这家：…") answers nothing of this case; "现在问的是 X" turns to the
// service asked about now, past the one already done.
import { checkKind } from './kindCheck';

describe('zh-CN: another case named by contrast, the service asked about now', () => {
  checkKind([
    ['zh-CN', '跟上周的华信物流不一样，华信是 Open；这家（远航医疗）的 Office 365 是在京东买的。', { channel: 'thirdParty', service: 'license' }],
    [
      'zh-CN',
      '上周处理了三家：甲是 EA，乙是 Open，丙是 syndication。\n今天这家：Visio 在京东买的，要我们做支持。',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['zh-CN', 'Azure 已经迁到我们这了，现在问的是 Visio：还在另一家 CSP 那，年底转给我们。', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
