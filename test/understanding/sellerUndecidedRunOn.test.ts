// "客户说是直接找世纪互联但采购说是一家服务商卖的，两边对不上": Chinese runs the contrast on with no
// space or comma, after the channel read and before the seller ("但代理商说是他们卖的"); the
// channel is still asked back by name. So too for a channel read at the message's very start.
import { checkRead } from './kindCheck';

describe('channel words: a read channel against an unplaced seller, run on with no space', () => {
  checkRead([
    [
      'zh-CN',
      '世纪互联运营的 Office 365，客户说是直接找世纪互联但采购说是一家服务商卖的，两边对不上。',
      { cloud: 'china', service: 'license' },
      { hedged: { channel: 'vianet' } },
    ],
    ['zh-CN', 'Office 365，客户说是在微软官网买的，但代理商说是他们卖的，还没对上。', { service: 'license' }, { hedged: { channel: 'microsoft' } }],
    ['en-US', 'EA for the Office 365, but finance says through some reseller; not settled yet.', { service: 'license' }, { hedged: { channel: 'ea' } }],
  ]);
});
