// "客户说是直接找世纪互联买的，但财务说是通过一家代理商买的，还没对上": one answer the reader places,
// then, after "but", a seller it cannot place, and a clause saying it does not tally: the channel
// is asked, naming the one it read. A seller who only speaks in the undecided clause changes nothing.
import { checkRead } from './kindCheck';

describe('channel words: a read channel against an unplaced seller, not squared yet', () => {
  checkRead([
    ['zh-CN', 'Office 365，客户说是在微软官网买的，但 IT 说是通过一家代理商买的，还没对上。', { service: 'license' }, { hedged: { channel: 'microsoft' } }],
    [
      'zh-CN',
      '世纪互联运营的 Office 365，客户说是直接找世纪互联买的，不过采购说是一家服务商卖的，两边对不上。',
      { cloud: 'china', service: 'license' },
      { hedged: { channel: 'vianet' } },
    ],
    ['zh-CN', 'Office 365 是 EA，但代理商说还没决定要不要迁移。', { channel: 'ea', service: 'license' }, { negated: ['goal'] }],
    ['zh-CN', 'Office 365 是第三方供应商卖的，不过客户还没决定迁移还是运维。', { channel: 'thirdParty', service: 'license' }, { conflicts: ['goal'] }],
  ]);
});
