// Bought from Microsoft in the speaker's words: "paying Microsoft on a card", a "pay-as-you-go
// signup" (the web sign-up sold by Microsoft itself), set up "on the Azure website". A card
// paid to someone else says nothing of the channel.
import { checkKind } from './kindCheck';

describe('channel words: paying Microsoft on a card, a pay-as-you-go signup, the Azure website', () => {
  checkKind([
    ['en-US', 'The owner asked why they keep paying Microsoft on a credit card for Office 365.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'Their Azure is a pay-as-you-go signup from a few years back.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'They set up Azure themselves on the Azure website.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'They pay their hosting company by card for Office 365.', { service: 'license' }],
  ]);
});
