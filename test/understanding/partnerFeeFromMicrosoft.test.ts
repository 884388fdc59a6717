// A fee, commission or incentive "from Microsoft" is what a partner is paid, not where the
// customer buys: beside the Advisor it names no direct channel, so no conflict is asked.
// Bought "from Microsoft" beside a fee paid to an Advisor still names both, and is asked.
import { checkKind } from './kindCheck';

describe('a partner fee from Microsoft names no channel', () => {
  checkKind([
    [
      'en-US',
      'They went through a Microsoft Advisor, who still earns a commission from Microsoft on the deal. Teams Essentials.',
      { channel: 'advisor', service: 'license' },
    ],
    ['en-US', 'Their old reseller got incentives from MS for the Azure consumption, but the customer now buys via EA.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'They bought Teams Essentials from Microsoft and pay a fee to the Advisor for advice.', { service: 'license' }, ['channel']],
  ]);
});
