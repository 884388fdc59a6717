// Doubt: "maybe" or "probably" right before an amount ("Azure, maybe $4k a month") doubts the
// amount, not the product said before it; said after a value with nothing to follow, it still
// doubts that value.
import { checkKind } from './kindCheck';

describe('doubt: "maybe $4k a month" after a product doubts the amount, not the product', () => {
  checkKind([
    ['en-US', "Azure, maybe $4k a month. We're T1.", { service: 'usage', partnerType: 'direct' }],
    ['en-US', 'Dynamics 365, probably 2000 a month, from another CSP.', { channel: 'otherCsp', service: 'license' }],
    // Read so before; kept as guards.
    ['en-US', 'Office 365, probably around 40 seats, from another CSP.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Azure. EA maybe.', { service: 'usage' }],
  ]);
});
