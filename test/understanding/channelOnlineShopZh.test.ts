// An online shop ("网店", "网上商店", Taiwanese "網路商店") or a seller found on a marketplace
// ("找京东上一个卖家") is a third party, as a retail shop is; under 21Vianet it is "somewhere else".
import { checkKind } from './kindCheck';

describe('kind: channel in own words, an online shop (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户的 Microsoft 365 是在网上商店买的。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客戶的 Office 365 是在網路商店買的。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客户的 Office 365 可能是在网店买的，也可能是运营商套餐送的，还没查清楚。', { service: 'license' }, ['channel']],
    ['zh-CN', '客户用的是世纪互联的 Office 365，是找京东上一个卖家买的。', { cloud: 'china', channel: 'other', service: 'license' }],
  ]);
});
