// A hurried note's short forms: "wnts" is "wants", "mng it" is "manage it", and "we dist on this
// one" says we are the distributor here. "mng" before other words, and "dist" not after "we" (a
// district, a distance), stay unread.
import { checkKind } from './kindCheck';

describe('short words in a hurried note', () => {
  checkKind([
    ['en-US', 'Visio P2 on Open Value. client wnts us to mng them as they are, no xfer.', { channel: 'open', service: 'license', goal: 'support' }],
    ['en-US', 'Teams Essentials, ~25 seats. we dist for this acct, reseller is Fourth Coffee.', { service: 'license', partnerType: 'indirectProvider' }],
    ['en-US', 'Teams Essentials, ~25 seats, school dist on this one is Northside.', { service: 'license' }],
    ['en-US', 'Call w/ mng team re Visio P2 tmrw.', { service: 'license' }],
  ]);
});
