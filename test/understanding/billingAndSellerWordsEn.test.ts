// English words for where a customer bought and what it wants, as intake forms and calls put them:
// Microsoft charging the card or billing still with Microsoft, a computer shop or a reseller
// outside CSP, an agreement left to lapse, a contract at one's old employer, the sale made while
// this partner was an Advisor, a takeover of billing, keeping things running.
import { checkKind } from './kindCheck';

describe('billing and seller words, en-US', () => {
  checkKind([
    ['en-US', 'Payment for Exchange Online: Microsoft debits the company card each month.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'Their Intune licences stay billed by Microsoft; we just handle the helpdesk.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'Intune licences: our office manager set up on the site ourselves with a Visa.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'They got Office 365 from a PC shop downtown.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Azure came through a vendor outside the CSP program.', { channel: 'thirdParty', service: 'usage' }],
    ['en-US', 'They let the Enterprise Agreement lapse and moved Azure to pay as you go with Microsoft directly.', { channel: 'microsoft', service: 'usage' }],
    ['en-US', 'Open Value for Exchange Online. The EA was at my previous employer.', { channel: 'open', service: 'license' }],
    [
      'en-US',
      'Cloud: China (21Vianet). Office 365 E1 was sold to us by you, back when you were an Advisor.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    ['en-US', 'Dynamics 365 on Open Value. Request: takeover of the billing in May.', { channel: 'open', service: 'license', goal: 'move' }],
    [
      'en-US',
      'We want to consolidate our Microsoft billing with one provider, and that partner should be you. Teams Essentials.',
      { service: 'license', goal: 'move' },
    ],
    ['en-US', 'Microsoft 365 Business Basic. Need: keep things running, nothing else.', { service: 'license', goal: 'support' }],
  ]);
});
