// Bought "at" a retail chain with a long product name between ("bought its Microsoft 365 Business
// Premium keys at Staples"): the name does not take the shop away from the purchase.
import { checkKind } from './kindCheck';

describe('channelWords: bought a long-named product at a retail chain', () => {
  checkKind([
    [
      'en-US',
      'The owner bought their Microsoft 365 Business Premium keys at Staples and wants us to manage them.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['en-US', 'They picked up two Office Home and Business boxes at Best Buy.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
