// "代维" (maintenance on the customer's behalf) and "售后" (after-sales service) are what a
// Chinese speaker says for support.
import { checkKind } from './kindCheck';

describe('kind: goal words, maintenance and after-sales in Chinese are support', () => {
  checkKind([
    ['zh-CN', '他们的 Office 365 E1 只要我们代维，账单不动。', { goal: 'support', service: 'license' }],
    ['zh-CN', '客户只要我们做售后，Office 365 的账单不动。', { goal: 'support', service: 'license' }],
  ]);
});
