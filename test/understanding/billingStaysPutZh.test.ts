// Goal in the speaker's words: "账单先不动" (the billing stays put for now) is support; beside "接过来"
// (take them over) the goal is asked. "到底要什么没讲清楚" doubts what they want, not the CSP said
// before it.
import { checkKind } from './kindCheck';

describe('the billing stays put (goal in own words)', () => {
  checkKind([
    ['zh-CN', 'Office 365 从别的 CSP 买的，账单先不动，只要我们帮忙管理。', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    [
      'zh-CN',
      '客户想让我们把 Office 365“接过来”，可又说“账单先不动，还在原来的CSP那儿”，到底要什么没讲清楚。',
      { channel: 'otherCsp', service: 'license' },
      ['goal'],
    ],
  ]);
});
