// The move said by the customer to the partner ("we'd like you to bill us", "you'd be the ones
// invoicing us"): in a customer's own words "us" is the customer, so billing us is the move; a
// bill for the partner's own support or work is not.
import { checkKind } from './kindCheck';

describe('goal: the customer asks the partner to bill them', () => {
  checkKind([
    [
      'en-US',
      'Hi, we have 20 Microsoft 365 Business Standard seats. We would like you to bill us for them starting in May.',
      { service: 'license', goal: 'move' },
    ],
    ['en-US', 'Our Exchange Online plans: could your team be the ones invoicing us from next quarter?', { service: 'license', goal: 'move' }],
    ['en-US', 'We have Microsoft 365 E3 and you bill us for the admin work already.', { service: 'license' }],
  ]);
});
