// "…last month apparently, so the customer's Office 365 …": "apparently" closing its clause
// reports what came before it and doubts nothing after it. Before what it reports ("apparently
// on an EA", "Apparently, they're on an EA") it still doubts it.
import { checkRead } from './kindCheck';

describe('hedge: "apparently" closing its clause', () => {
  checkRead([
    [
      'en-US',
      'Their CSP lost its authorization last month apparently, so the Office 365 E3 needs a new home.',
      { channel: 'otherCsp', service: 'license' },
      {},
    ],
    ['en-US', 'The customer is apparently on an EA.', {}, { hedged: { channel: 'ea' } }],
    ['en-US', "Apparently, they're on an EA.", {}, { hedged: { channel: 'ea' } }],
  ]);
});
