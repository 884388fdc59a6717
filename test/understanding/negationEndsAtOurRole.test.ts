// Negation in Chinese typed without punctuation: "计费不变我们是直接计费的合作伙伴" — a new clause
// opens with "我们是" (we are), so the "不" of 不变 does not reach the role said after it.
import { checkKind } from './kindCheck';

describe('negation: a "not" ends where "we are" opens a clause', () => {
  checkKind([
    ['zh-CN', '客户的office365想让我们做日常支持账单不动我们是T1', { service: 'license', goal: 'support', partnerType: 'direct' }],
    ['zh-CN', '嗯Azure是EA买的计费先不改我司是分销商', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    ['zh-CN', '我们不是分销商我们是经销商', { partnerType: 'indirectReseller' }],
    // The role itself said under the "not" stays negated.
    ['zh-CN', '客户的 Office 365 要转过来，我们不是一级', { service: 'license', goal: 'move' }],
  ]);
});
