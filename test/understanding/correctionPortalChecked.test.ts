// "She said pay as you go by card, but when I got into the Azure portal it's an Enterprise
// Agreement": a look into the portal is a check, and what it shows takes back what was said before.
import { checkKind } from './kindCheck';

describe('corrections: what the portal shows takes back what was said', () => {
  checkKind([
    [
      'en-US',
      'Finance said their Azure is pay as you go with a credit card, but when I got into the Azure portal the billing account type is Enterprise Agreement.',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'en-US',
      'The customer thought it was Open Value, then we logged into the admin portal and it is under an enterprise agreement. Office 365.',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
