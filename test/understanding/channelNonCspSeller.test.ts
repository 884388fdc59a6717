// A seller called "non-CSP" before its name ("egy nem-CSP viszonteladótól", "a non-CSP reseller")
// is a third party, as one said not to be a CSP after its name is; "nem" there describes the
// seller and negates nothing. Said of ourselves ("nem CSP viszonteladó vagyunk") it is no channel.
import { checkKind } from './kindCheck';

describe('channel: a seller called non-CSP before its name', () => {
  checkKind([
    ['hu-HU', 'Az Office 365-öt egy nem-CSP viszonteladótól vették.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Egy nem CSP-s kereskedőtől van a Microsoft 365, mi csak üzemeltetnénk.', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    ['hu-HU', 'Nem CSP viszonteladó vagyunk, hanem közvetlen partner.', { partnerType: 'direct' }],
    ['en-US', 'They got their Office 365 from a non-CSP reseller.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
