// "We used to buy through a distributor" is our role before, not now: it says nothing of the role
// we hold on this case, so the present one said after it stands alone.
import { checkKind } from './kindCheck';

describe('whose: our past way of buying ("we used to buy through a distributor") is no role now', () => {
  checkKind([
    [
      'en-US',
      'we used to buy through our distributor but since last spring we are direct bill. The client has Office 365 E1 from GoDaddy.',
      { channel: 'syndication', service: 'license', partnerType: 'direct' },
    ],
    [
      'en-US',
      'We previously ordered licenses via a disti; now we are a direct partner. Their Azure is on an EA.',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    // Said of now, buying through a distributor still makes us a reseller.
    ['en-US', 'We buy everything through our distributor. Their Azure is on an EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
