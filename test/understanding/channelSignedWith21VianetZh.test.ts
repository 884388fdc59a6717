// "就是世纪互联直签" (signed directly with 21Vianet): the customer's purchase from 21Vianet, not the
// partner's direct role; "我们是直签" (we are direct) stays the partner's role.
import { checkKind } from './kindCheck';

describe('kind: channel words, a purchase signed directly with 21Vianet (Chinese)', () => {
  checkKind([
    ['zh-CN', '主管问 Azure 是不是其实从其他渠道买的？已核实，就是世纪互联直签。', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['zh-CN', '客户跟世纪互联直签的 Azure，我们是直签', { cloud: 'china', channel: 'vianet', service: 'usage', partnerType: 'direct' }],
  ]);
});
