// A local seller named with its city ("egy helyi sanghaji integrátor") and said to be neither
// 21Vianet nor us ("不是世纪互联，也不是我们") is another party in the 21Vianet cloud: "neither
// 21Vianet nor us" denies the seller, not the cloud the Partner Center line states.
import { checkKind } from './kindCheck';

describe('a local seller in a Chinese city, neither 21Vianet nor us', () => {
  checkKind([
    [
      'hu-HU',
      'Bérlő: 21Vianet által üzemeltetett Partnerközpont\nKitől veszik: egy helyi pekingi integrátor, nem a 21Vianet és nem mi\nMicrosoft 365 E3',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'zh-CN',
      '合作伙伴中心：世纪互联运营\n客户来源：在深圳一家本地代理商那里买的，不是世纪互联，也不是我们\n产品：Microsoft 365',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    // Near miss: the cloud said not to be 21Vianet's, with the commercial one named, stays commercial.
    ['zh-CN', '客户的租户不是世纪互联的，是商业版合作伙伴中心，Microsoft 365 走 EA。', { cloud: 'global', channel: 'ea', service: 'license' }],
  ]);
});
