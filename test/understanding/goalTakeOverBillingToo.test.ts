// "Take over the whole thing, billing too": a takeover said with the billing in it is move.
import { checkKind } from './kindCheck';

describe('goal: "take over everything, billing too" is move', () => {
  checkKind([
    ['en-US', 'They asked us to take over everything, billing too. Microsoft 365 E3.', { service: 'license', goal: 'move' }],
    ['en-US', 'Office 365: they want us to take over the whole setup, the invoicing as well.', { service: 'license', goal: 'move' }],
  ]);
});
