// "We bill them ourselves" / "we invoice the customer directly" describes how the partner bills
// today (its direct role), not a wish to take the billing over: it states no goal. A wish that
// we bill them ("they want us to bill them ourselves") is still a move.
import { checkKind } from './kindCheck';

describe('"we bill them ourselves" tells how we bill, not a goal (en-US)', () => {
  checkKind([
    [
      'en-US',
      'we are T1 we bill them ourselves and the customer has visio on an EA they just want us to manage it',
      { channel: 'ea', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'en-US',
      'Direct-bill partner here, we invoice the customer directly. Project Online sits on Open Value.',
      { channel: 'open', service: 'license', partnerType: 'direct' },
    ],
    ['en-US', 'We bill them ourselves through Partner Center; the Visio seats are on an EA.', { channel: 'ea', service: 'license' }],
    ['en-US', 'They want us to bill them ourselves from next quarter. Visio is on an EA today.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['en-US', 'Visio on an EA; the customer asked that we take it over and that we bill them.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
