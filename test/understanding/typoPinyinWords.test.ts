// Kind "typo": words the input method left in pinyin ("kehu", "guanwang", "分销shang") read as
// their characters; the official website with a verb after it ("在官网用信用卡开的") is Microsoft.
import { checkKind } from './kindCheck';

describe('kind: typo, pinyin left by the input method', () => {
  checkKind([
    ['zh-CN', 'kehu在guanwang买的o365，我们是分销shang', { channel: 'microsoft', service: 'license', partnerType: 'indirectProvider' }],
    ['zh-CN', '他们在官网用信用卡开通的 Azure。', { channel: 'microsoft', service: 'usage' }],
  ]);
});
