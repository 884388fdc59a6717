// Pay-as-you-go that Microsoft bills is bought from Microsoft directly. Billed by Microsoft alone
// is no channel (an Enterprise Agreement is billed by Microsoft too), nor is our own billing.
import { checkKind } from './kindCheck';

describe('pay-as-you-go billed by Microsoft', () => {
  checkKind([
    ['en-US', 'Their Azure is pay as you go, invoiced by Microsoft every month.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Azure on PAYG, billed by Microsoft, about 2k a month.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Their Azure is billed by Microsoft.', { service: 'usage' }],
    ['en-US', 'We are billed by Microsoft as a direct bill partner.', { partnerType: 'direct' }],
  ]);
});
