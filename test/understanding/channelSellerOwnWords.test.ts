// Sellers named in words of their own: a local software agency (other, in the 21Vianet cloud), no
// partner at all (Microsoft), 21Vianet as the one invoicing, a shop (a third party), a telecom
// operator's plan (syndication).
import { checkKind } from './kindCheck';

describe('channelWords: a local agency, no partner, 21Vianet invoicing, a shop, a carrier plan', () => {
  checkKind([
    ['zh-CN', '客户的世纪互联版 Office 365 是找本地一家软件代理公司买的。', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '客户自己跟微软签的 MCA，Azure 没经过任何伙伴。', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '客户：华东电子 | 产品：Microsoft 365（世纪互联运营）| 开票方：世纪互联', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是在一家门店买的。', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '客户的 Microsoft 365 是电信业者的套餐里带的。', { channel: 'syndication', service: 'license' }],
  ]);
});
