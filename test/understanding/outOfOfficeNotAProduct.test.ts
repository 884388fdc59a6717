// An auto-reply above the real answer says the writer is "out of (the) office": that office is a
// place, not the Office product, so it sets no service beside the answer's own product below it.
// Office named as a product ("Office 365", "Office licences") is still read.
import { checkKind } from './kindCheck';

describe('an out-of-office line names no product', () => {
  checkKind([
    [
      'en-US',
      'Out of office: I am travelling until the 9th, replies will be slow.\n---\nThe Azure subscriptions sit with another CSP today. We are a direct bill partner.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    ['en-US', 'I will be out of the office this week. Their Azure is on an EA.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'Office licences bought through an EA, they want us to support them.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
