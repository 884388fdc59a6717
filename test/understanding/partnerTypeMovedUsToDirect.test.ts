// "Ops moved us to direct bill": our own role changed, no goal of the customer's. A doubt before it
// ("I think ops moved us to direct bill") then doubts the role: asked back by name.
import { checkRead } from './kindCheck';

describe('partnerType: moved us to direct bill', () => {
  checkRead([
    ['en-US', 'I think ops switched us to direct bill last quarter.', {}, { hedged: { partnerType: 'direct' } }],
    [
      'en-US',
      'Partner ops moved us over to direct bill this year. The customer has Visio and wants us to support it.',
      { service: 'license', goal: 'support', partnerType: 'direct' },
      {},
    ],
  ]);
});
