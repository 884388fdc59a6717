// "(Stop paying Microsoft and) pay us instead": the customer's bill comes to the partner, a move.
import { checkKind } from './kindCheck';

describe('goalWords: "pay us instead" is a move', () => {
  checkKind([
    ['en-US', 'They want to stop paying their reseller and pay us instead for the Microsoft 365 seats.', { service: 'license', goal: 'move' }],
    ['en-US', 'Office 365 under the EA; going forward they would pay us instead.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['en-US', 'They do not want to pay us instead of Microsoft, just want us to support Office 365.', { service: 'license', goal: 'support' }],
  ]);
});
