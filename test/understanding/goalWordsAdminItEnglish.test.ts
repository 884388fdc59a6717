// English: "admin" as a verb ("wants us to admin it") is administering: support. "Managing" in a title
// ("the managing partner", "our managing director") names a person, no goal.
import { checkKind } from './kindCheck';

describe('goal: "admin it" is support; a managing partner is a title', () => {
  checkKind([
    [
      'en-US',
      'They bought M365 from the Microsoft site and want us to admin it. We are direct bill.',
      { channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    ['en-US', 'Can we admin the tenant for them? Office 365 E3 through an EA.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['en-US', 'The managing partner of the firm bought Microsoft 365 through an EA. We are T1.', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    ['en-US', 'Their managing director signed up for Office 365 on the Microsoft website.', { channel: 'microsoft', service: 'license' }],
  ]);
});
