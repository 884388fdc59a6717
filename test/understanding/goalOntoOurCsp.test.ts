// Goal words: moving the subscriptions "onto our CSP" is moving them, as "to our CSP" is.
import { checkKind } from './kindCheck';

describe('goal: "onto our CSP" moves the billing', () => {
  checkKind([
    ['en-US', 'Microsoft 365 E3 from the EA, they want everything onto our CSP at the anniversary.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
