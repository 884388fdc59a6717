// "Paid to Microsoft by card" is a purchase from Microsoft, as "paid Microsoft by card" is; keys
// bought on Amazon or eBay come from a third party; renewals wanted "on our paper" (our contract)
// move the billing to us, while "not on our paper" says no such thing.
import { checkKind } from './kindCheck';

describe('paid to Microsoft by card, keys on Amazon, on our paper', () => {
  checkKind([
    ['en-US', 'Their Azure bill is paid to Microsoft with a company card every month.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'The owner bought Office 365 licences on eBay.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'They would like the Dynamics 365 seats on our paper at renewal.', { service: 'license', goal: 'move' }],
    ['en-US', 'Please get the Microsoft 365 E3s onto our paper next quarter.', { service: 'license', goal: 'move' }],
  ]);
});
