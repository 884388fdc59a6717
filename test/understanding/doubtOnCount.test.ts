// A doubt on a count ("12 users, maybe 14 with the interns, and …") ends with the count's
// clause: it doubts the number, not an answer said after the comma. Without a comma between
// them the doubt still reaches the answer.
import { checkDoubted, checkKind } from './kindCheck';

describe('a doubt on a count ends with its clause', () => {
  checkKind([
    ['en-US', "It's a small office, 12 users, maybe 14 with the interns, and they bought Office 365 through an EA.", { channel: 'ea', service: 'license' }],
    ['en-US', 'About 30 users, probably 35 by summer, Azure from another CSP.', { channel: 'otherCsp', service: 'usage' }],
  ]);
  checkDoubted([['en-US', 'Probably 50 seats of Office 365 through EA.', { service: 'license' }, { channel: 'ea' }]]);
});
