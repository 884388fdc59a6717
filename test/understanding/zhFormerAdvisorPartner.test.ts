// "原 Advisor 伙伴", "前 Advisor 合作伙伴" (the Advisor partner the customer once bought from) in the
// 21Vianet cloud is the former Advisor's channel.
import { checkKind } from './kindCheck';

describe('kind: channel in own words, a former Advisor partner (Chinese)', () => {
  checkKind([
    [
      'zh-CN',
      '世纪互联版的 Office 365 是找原 Advisor 合作伙伴买的，客户想让我们接手账单。',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '客户在世纪互联那边的 Office 365 是从前 Advisor 伙伴手里买的。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
  ]);
});
