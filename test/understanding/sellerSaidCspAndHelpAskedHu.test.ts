// "Ők CSP partnerek" (they are CSP partners) said of the one the bill comes from names another
// CSP partner as the channel; "ebben tudnátok segíteni?" (could you help with this?) asks for
// support. Both were read before as nothing.
import { checkKind } from './kindCheck';

describe('Hungarian: the seller said to be a CSP partner, and help asked with the licences', () => {
  checkKind([
    ['hu-HU', 'Az Office 365 számlája egy kis rendszerháztól jön, ők CSP partnerek.', { channel: 'otherCsp', service: 'license' }, []],
    [
      'hu-HU',
      'A Dynamics 365-öt a régi informatikusunk cége intézte, azt mondták, ők Microsoft CSP partnerek.',
      { channel: 'otherCsp', service: 'license' },
      [],
    ],
    ['hu-HU', 'Van 15 Microsoft 365 Business Basic licencünk, ebben tudnátok segíteni?', { service: 'license', goal: 'support' }, []],
  ]);
});
