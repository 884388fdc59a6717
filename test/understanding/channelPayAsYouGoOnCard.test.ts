// Azure pay-as-you-go put on a credit card is Microsoft's own online offer: bought from
// Microsoft, as "paid Microsoft by card"; the parent company's EA is not this customer's.
import { checkKind } from './kindCheck';

describe('channel: pay-as-you-go on a card is bought from Microsoft', () => {
  checkKind([
    ['en-US', 'They run Azure pay as you go on the company Amex.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Azure, a PAYG subscription with a corporate card, around $900 a month.', { channel: 'microsoft', service: 'usage' }],
    [
      'en-US',
      'The parent company is on an EA with Microsoft, but the subsidiary set up its own Azure pay-as-you-go with a credit card.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
