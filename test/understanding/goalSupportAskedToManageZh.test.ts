// "要我们管" (they want us to manage it) and everyday admin work ("重置密码") are support.
import { checkKind } from './kindCheck';

describe('kind: goal in own words, support in everyday words (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户要我们管他们的 Microsoft 365。', { service: 'license', goal: 'support' }],
    ['zh-CN', '客户只想有人帮忙重置密码，Office 365 是 EA 买的。', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
