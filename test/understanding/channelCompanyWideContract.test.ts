// "The company-wide contract they signed with Microsoft" is how an Enterprise Agreement is told
// without its name.
import { checkKind } from './kindCheck';

describe('channel words: a company-wide contract with Microsoft is an Enterprise Agreement', () => {
  checkKind([
    [
      'en-US',
      'Their Microsoft 365 seats sit on an organization-wide agreement with Microsoft, and they want us to manage them.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Azure is on the enterprise wide deal they have with Microsoft; we are the distributor.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});
