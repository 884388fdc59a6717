// English words for a doubt between two channels and for a move: a telco, carrier or ISP that
// "was a CSP" is another CSP, so beside a syndication deal under a doubt both are asked; "or a CSP
// partner" offers another CSP as an option; a CSP partner ticked in a form's list is another CSP;
// "taking over the billing" asks to move, as "take over the billing" does; seats counted
// "worldwide" name no cloud.
import { checkKind } from './kindCheck';

describe('a telco or a CSP under a doubt, taking over, en-US', () => {
  checkKind([
    ['en-US', 'Teams Essentials via their cable bundle. Not sure if the carrier is a CSP or it is a syndication offer.', { service: 'license' }, ['channel']],
    ['en-US', 'They bought Intune from either an Advisor or a CSP partner, I forget which.', { service: 'license' }, ['channel']],
    ['en-US', 'Channel: [ ] Enterprise Agreement  [x] Through a CSP partner', { channel: 'otherCsp' }],
    ['en-US', 'Visio Plan 2, they are fine with us taking over the billing.', { service: 'license', goal: 'move' }],
    ['en-US', 'Their Project Plan 3 is on an Open Value agreement, 900 seats worldwide.', { channel: 'open', service: 'license' }],
  ]);
});
