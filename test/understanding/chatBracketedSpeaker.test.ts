// A Chinese group chat pasted with each speaker's name in brackets and no colon ("【张伟】text"):
// its lines are turns, so a question asked in one ("是直接跟微软结算吗？") states nothing and the
// answer in the next decides.
import { checkKind } from './kindCheck';

describe('thread: a chat whose lines open with the speaker in brackets is read line by line', () => {
  checkKind([
    [
      'zh-CN',
      '【王磊】客户的 Office 365 是在世纪互联那边买的\n【赵敏】我们是直接跟微软结算吗？\n【王磊】不是，我们是经销商，走分销商下单',
      { cloud: 'china', channel: 'vianet', service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'zh-CN',
      '【刘芳】客户想把 Microsoft 365 转到我们这边\n【周杰】我们是直签吗？\n【刘芳】不是，我们是分销商',
      { service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
  ]);
});
