// A software or licence dealer said to be no CSP ("nem CSP-s szoftverkereskedő") is a third party,
// as a plain dealer said to be no CSP is.
import { checkKind } from './kindCheck';

describe('channel words: a software dealer that is no CSP is a third party', () => {
  checkKind([
    [
      'hu-HU',
      'Az Office 365-öt egy nem CSP-s szoftverkereskedőtől vették, át akarják hozni hozzánk.',
      { channel: 'thirdParty', service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Az Azure-t egy nem CSP licenckereskedőtől vették.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
