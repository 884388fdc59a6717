// "It was MPSA until last year, now everything's on their EA": a clause opening with "now" and
// stating what is so today replaces the past before its comma, as it does after a full stop.
import { checkKind } from './kindCheck';

describe('correction: ", now it is…" after a past', () => {
  checkKind([
    ['en-US', 'Their Office 365 was on Open Value until last spring, now it is on their EA.', { channel: 'ea', service: 'license' }],
    ['en-US', 'It used to be MPSA for their M365, now everything is through an EA. We are T1.', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    // "Now" opening a wish is no correction: the channel said stays.
    ['en-US', 'They bought M365 through an EA, now they want us to manage it.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
