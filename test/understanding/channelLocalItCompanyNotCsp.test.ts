// A local IT or software company ("egy helyi informatikai cég", "egy kis szoftver cég") is a seller
// as "egy helyi cég" is: said not to be a CSP partner, it is a third party; alone it names no channel.
import { checkKind } from './kindCheck';

describe('channel: a local IT company that is not a CSP is a third party', () => {
  checkKind([
    ['hu-HU', 'Az Azure-t egy helyi informatikai cégtől vették, ami nem CSP partner.', { channel: 'thirdParty', service: 'usage' }],
    [
      'hu-HU',
      'Az Office 365-öt egy kis szoftver cégnél fizetik, az a cég nem CSP. Támogatást kérnek.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    // Without "not a CSP" the company may be one: the channel is asked.
    ['hu-HU', 'Az Azure-t egy helyi informatikai cégtől vették.', { service: 'usage' }],
    ['en-US', 'They bought Azure from a local IT company, which is not a CSP.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
