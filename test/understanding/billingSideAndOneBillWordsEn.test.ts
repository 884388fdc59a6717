// Goals in plain words (en-US lexicon): to "become the partner on the billing side" and to want "a
// single invoice for everything" from us ask to move the subscriptions to us.
import { checkKind } from './kindCheck';

describe('goalWords: the partner on the billing side, one bill for everything, en-US', () => {
  checkKind([
    ['en-US', 'Dynamics 365, twenty seats; at renewal they want us to become the partner on the billing side.', { service: 'license', goal: 'move' }],
    ['en-US', 'The Dynamics 365 seats: they want a single invoice for everything from us.', { service: 'license', goal: 'move' }],
    ['en-US', 'Project Plan 3 users, and they would like one bill for it all.', { service: 'license', goal: 'move' }],
  ]);
});
