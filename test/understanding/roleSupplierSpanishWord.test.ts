// A partner writing English with Spanish words ("our distribuidor") buys through a distributor:
// a reseller, as with "our distributor".
import { checkKind } from './kindCheck';

describe('role: "our distribuidor" in an English message', () => {
  checkKind([
    [
      'en-US',
      'The customer bought M365 on the Microsoft site. We buy everything through our distribuidor, Ingram.',
      { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['en-US', 'Azure for a clinic, our distribuidor is TD Synnex.', { service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});
