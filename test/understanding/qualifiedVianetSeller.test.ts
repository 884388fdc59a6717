// A purchase from 21Vianet whose name comes after a phrase describing it ("向在国内运营云服务的
// 世纪互联采购"): the describing phrase ending in 的 stands between the preposition and the name,
// and the buying verb after the name makes it the channel; without a buying verb it is none.
import { checkKind } from './kindCheck';

describe('a purchase from 21Vianet named with a describing phrase', () => {
  checkKind([
    ['zh-CN', '他们的 Azure 直接向在国内运营云服务的世纪互联采购。', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['zh-CN', '这家医院的 Visio 是跟负责中国区的世纪互联下的单。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['zh-CN', '客户的 Visio 是从负责中国区运营的世纪互联买的。', { cloud: 'china', channel: 'vianet', service: 'license' }],
    // Near miss: no buying verb after the name; the agreement says where they buy.
    ['zh-CN', '我们跟运营中国区的世纪互联谈过，客户的 Visio 从 EA 买。', { cloud: 'china', channel: 'other', service: 'license' }],
  ]);
});
