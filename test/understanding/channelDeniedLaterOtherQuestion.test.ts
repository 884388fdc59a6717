// "Office 365 was bought from Microsoft. Not Azure, the reseller only does their support.": a later
// sentence that denies a product or a goal, not a channel, takes back no channel said before, even
// with a seller named after the denial: the reseller there does the support, it sold nothing.
import { checkKind } from './kindCheck';

describe('kind: a later denial of another question than the channel leaves the channel said before', () => {
  checkKind([
    [
      'en-US',
      'Office 365 was bought from Microsoft. Not Azure, the reseller only does their support.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      "Microsoft 365, bought from Microsoft. They don't want to move it, the reseller stays for support.",
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});
