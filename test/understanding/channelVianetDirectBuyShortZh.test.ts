// "21V 直购" / "世纪互联直购" (bought directly from 21Vianet), the short form a ticket's fields
// use, is the 21Vianet channel, not a purchase from Microsoft.
import { checkKind } from './kindCheck';

describe('kind: channel, bought directly from 21Vianet in the short form', () => {
  checkKind([
    ['zh-CN', '客户：宁波海曙五金｜产品：Office 365 E3｜渠道：21V 直购', { channel: 'vianet', cloud: 'china', service: 'license' }],
    ['zh-CN', '他们的 Azure 是世纪互联直购的。', { channel: 'vianet', cloud: 'china', service: 'usage' }],
  ]);
});
