// A negated verb of buying refuses the way named after the product ("didn't buy Azure through the
// EA"), but only a way said after the product, in the same clause, and only when the verb follows
// the negation: a channel said before, another answer after, or a negation with no verb of buying
// leaves the product as what is said no to.
import { checkKind } from './kindCheck';

describe('negation: a negated purchase refuses only a way said after the product', () => {
  checkKind([
    // The EA was said before the negation: it stands, Azure is what was not bought.
    ['en-US', "We have EA, but we didn't buy Azure", { channel: 'ea' }],
    // A goal after the product is no way it was bought: Azure is said no to, the move stands.
    ['en-US', "We didn't buy Azure and want to move it to you", { goal: 'move' }],
    // Nor is another product: Azure is said no to, Office 365 is what they bought.
    ['en-US', "We didn't buy Azure but Office 365", { service: 'license' }],
    // No verb of buying: "not Azure" refuses the product, the EA is how Office 365 came.
    ['en-US', 'Not Azure but Office 365 through the EA', { channel: 'ea', service: 'license' }],
    // The verb of buying stands before the negation, not after it: the same.
    ['en-US', 'We bought not Azure but Office 365 through the EA', { channel: 'ea', service: 'license' }],
    // Chinese writes the verb right after the negation and the way right after the product, with no
    // space between: the way is still refused, Azure still bought.
    ['zh-CN', '客户没买Azure走EA', { service: 'usage' }],
    ['zh-CN', '客户没买Azure企业协议', { service: 'usage' }],
  ]);
});
