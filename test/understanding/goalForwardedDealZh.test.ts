// "转过来的单" is a deal passed on from another office or team, not a move of the subscription.
import { checkKind } from './kindCheck';

describe('kind: goal in own words, a deal passed on is no move (Chinese)', () => {
  checkKind([['zh-CN', '华南区转过来的单\n客户的 Office 365 是官网买的\n目标：代维', { channel: 'microsoft', service: 'license', goal: 'support' }]]);
});
