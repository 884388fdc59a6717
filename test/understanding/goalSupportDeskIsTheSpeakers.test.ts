// "我是分销商支持台的": the support desk the speaker works at is where they sit, not a support goal.
import { checkKind } from './kindCheck';

describe("goalWords: the speaker's own support desk is no support goal", () => {
  checkKind([['zh-CN', '客户的 Dynamics 365 要把账单转过来。我是分销商支持台的。', { service: 'license', goal: 'move', partnerType: 'indirectProvider' }]]);
});
