// "某公司代购的" (bought for them by a purchasing agent): a third party's purchase, "somewhere else"
// in the 21Vianet cloud; beside "from 21Vianet directly" the two accounts are asked about.
import { checkKind } from './kindCheck';

describe('kind: channel in own words, bought through a purchasing agent (Chinese)', () => {
  checkKind([
    ['zh-CN', 'Microsoft 365 商业标准版是一家软件公司代购的，客户想转到我们这里。', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    ['zh-CN', 'Office 365（世纪互联运营）是从世纪互联直接买的，还是华通代购的，采购也说不清。', { cloud: 'china', service: 'license' }, ['channel']],
  ]);
});
