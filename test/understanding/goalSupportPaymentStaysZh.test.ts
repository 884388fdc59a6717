// "帮他们管 付款还是他们自己付": payment that stays the customer's own is a clause of its own, so
// "帮他们管" (look after it for them) is support; "帮他们管付款" (handle their payments) is not.
import { checkKind } from './kindCheck';

describe('kind: goal in own words, looking after it while the customer keeps paying (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户想让我们帮他们管 付款还是客户自己付，Office 365 是 EA 买的。', { channel: 'ea', service: 'license', goal: 'support' }],
    ['zh-CN', '客户想让我们帮他们管付款，Office 365 是 EA 买的。', { channel: 'ea', service: 'license' }],
  ]);
});
