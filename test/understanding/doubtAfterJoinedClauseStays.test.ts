// A doubt said last in its clause ("it's on an EA I guess,") doubts the answer before it, also when
// a joining word stands elsewhere: earlier in the message ("We're a reseller and they bought…") or
// after the doubt's comma ("…, and they want support"). Only a joining word between the answer and
// the doubt makes the doubt open the next clause.
import { checkDoubted } from './kindCheck';

describe('a doubt after its answer keeps it, with a joining word before the answer or after the doubt', () => {
  checkDoubted([
    [
      'en-US',
      "We're a reseller and they bought Office 365 on an EA I guess, they want support.",
      { service: 'license', goal: 'support', partnerType: 'indirectReseller' },
      { channel: 'ea' },
    ],
    ['en-US', "Office 365, it's on an EA I guess, and they want support.", { service: 'license', goal: 'support' }, { channel: 'ea' }],
  ]);
});
