// A seller "aki CSP-n kívül adja/adta" (who sells it outside CSP) is no CSP partner: a third
// party. "A CSP-n kívül" alone means "besides CSP" and stays as it was.
import { checkKind } from './kindCheck';

describe('a seller selling outside CSP is a third party (hu)', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél Azure-ja egy tárhelyszolgáltatónál van, aki CSP-n kívül adja tovább.', { channel: 'thirdParty', service: 'usage' }],
    ['hu-HU', 'Az Office 365-öt egy webáruháztól vették, amely CSP-n kívül árulta.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
