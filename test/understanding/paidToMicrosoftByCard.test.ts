// Paying a product to Microsoft by card, or buying it "with Microsoft on a card", is buying from
// Microsoft directly, whatever product stands between the verb and Microsoft. Paying with a card
// beside an agreement named as the seller ("on our EA") reads no direct channel.
import { checkKind } from './kindCheck';

describe('a product paid to Microsoft by card', () => {
  checkKind([
    ['en-US', 'Right now the client pays its Visio seats to Microsoft on a company card.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'They purchase Azure credits online with MS on their own credit card.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Project Plan 3 sits on their EA; they pay for it by card once a year.', { channel: 'ea', service: 'license' }],
  ]);
});
