// English words for a channel and a goal, as desks and chats put them: an Enterprise enrollment
// signed with Microsoft is the EA, cards bought off the shelf are a third party's, an old partner
// "on this account" that was a direct-bill shop or one that lost its authorization after "was CSP"
// is another CSP, picking up or cutting the invoice and owning the subs ask to move, running the
// admin side asks for support.
import { checkKind } from './kindCheck';

describe('enrollment, shelf and billing words, en-US', () => {
  checkKind([
    ['en-US', 'Azure runs under an Enterprise enrollment signed directly with Microsoft.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'They picked up Teams Essentials subscription cards at a kiosk.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Visio Plan 2 was bought off the shelf downtown.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'The former partner for this customer was a direct bill outfit. Their Azure is ours now.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'Old provider: Delta IT, was CSP, lost its authorization in May. Azure only.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'Project Plan 3: they would like us to pick up the billing.', { service: 'license', goal: 'move' }],
    ['en-US', 'Project Plan 3: they asked if we could cut them an invoice from now on.', { service: 'license', goal: 'move' }],
    ['en-US', 'Project Plan 3. So we would own the subscriptions then.', { service: 'license', goal: 'move' }],
    ['en-US', 'Project Plan 3. They need us to run the admin side.', { service: 'license', goal: 'support' }],
  ]);
});
