// An EA is signed with Microsoft itself: "an EA directly with Microsoft" or "an agreement signed
// straight with Microsoft" says the EA, not a purchase from Microsoft's own site. An enrollment
// number is an EA's.
import { checkKind } from './kindCheck';

describe('channel: an EA "directly with Microsoft" is the EA', () => {
  checkKind([
    ['en-US', "They're on an EA directly with Microsoft, 120 seats of E3.", { channel: 'ea', service: 'license' }],
    ['en-US', 'Incumbent: EA (direct w/ MS). Wants us to take over billing.', { channel: 'ea', goal: 'move' }],
    ['en-US', 'They signed a big agreement straight with Microsoft years ago, enrollment number and all. Azure.', { channel: 'ea', service: 'usage' }],
    // Read so before; kept as a guard.
    ['en-US', 'They bought Microsoft 365 directly with Microsoft on a card.', { channel: 'microsoft', service: 'license' }],
  ]);
});
