// "官网直接买的" (bought straight from the official site) is bought from Microsoft, as "官网买的" is.
import { checkKind } from './kindCheck';

describe('kind: channelWords, "官网直接买的" is bought from Microsoft', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 当初是官网直接买的，现在想让我们做技术支持。', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['zh-CN', '客户还是照常付钱（他们是官网直接购买的 Office 365）。', { channel: 'microsoft', service: 'license' }],
  ]);
});
