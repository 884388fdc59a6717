// "淘宝上买的" (bought on Taobao): the marketplace named without a preposition is the retail channel.
import { checkKind } from './kindCheck';

describe('kind: channel in own words, bought on a marketplace (Chinese)', () => {
  checkKind([['zh-CN', 'Microsoft 365 商业标准版，淘宝上买的，想让我们管。', { channel: 'thirdParty', service: 'license', goal: 'support' }]]);
});
