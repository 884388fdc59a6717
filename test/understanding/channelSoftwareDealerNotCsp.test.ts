// A software or IT dealer ("szoftverkereskedő", "informatikai kereskedő") is a seller like any dealer:
// said not to be a CSP partner, it is a third party; alone it names no channel.
import { checkKind } from './kindCheck';

describe('channel: a software dealer that is not a CSP is a third party', () => {
  checkKind([
    ['hu-HU', 'A Microsoft 365-öt egy szoftverkereskedőtől veszik, az nem CSP partner.', { channel: 'thirdParty', service: 'license' }],
    [
      'hu-HU',
      'Az Office 365-öt egy informatikai kereskedőnél fizetik (nem CSP). Mi közvetlen számlázású partner vagyunk.',
      { channel: 'thirdParty', service: 'license', partnerType: 'direct' },
    ],
    // Without "not a CSP" the dealer may be one: the channel is asked.
    ['hu-HU', 'Az Azure-t egy szoftver kereskedőtől vették.', { service: 'usage' }],
    ['en-US', 'They buy Microsoft 365 from a software reseller, not a CSP.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
