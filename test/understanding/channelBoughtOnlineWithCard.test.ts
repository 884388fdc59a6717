// Bought online with a card, by the customer itself: Microsoft's own online purchase.
import { checkKind } from './kindCheck';

describe('channel: bought online with a card', () => {
  checkKind([
    ['en-US', 'The subsidiary bought its own Microsoft 365 Business Basic online with a company card.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'They purchased Visio online with a credit card, and want us to support it.', { channel: 'microsoft', service: 'license', goal: 'support' }],
  ]);
});
