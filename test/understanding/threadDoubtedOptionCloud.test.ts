// A chat: "bought from 21Vianet, or from us when we were an Advisor?" – "can't tell". The doubt is
// the channel's; the cloud read from the words of one option is doubted only through it, so the
// cloud an older message states still stands. Asked alone, the cloud is still named as doubted.
import { checkDoubted, checkKind } from './kindCheck';

describe('thread: a doubted channel question does not doubt the cloud stated before it', () => {
  checkKind([
    [
      'zh-CN',
      '[10:01] 小王：客户的 Office 365 是世纪互联版的，要我们帮忙管理\n[10:03] 小李：是从世纪互联买的，还是我们以前做 Advisor 时卖的？\n[10:04] 小王：不清楚，还在问',
      { cloud: 'china', service: 'license', goal: 'support' },
      ['channel'],
    ],
  ]);
  checkDoubted([['zh-CN', '[10:03] 小李：是从世纪互联买的吗？\n[10:04] 小王：不清楚', {}, { cloud: 'china', channel: 'vianet' }]]);
});
