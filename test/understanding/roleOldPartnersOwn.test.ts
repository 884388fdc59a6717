// "A régi partner viszonteladóként dolgozott", "az előző szolgáltató disztribútor volt": the role of the
// previous partner is its own, as "a korábbi partner" already was; ours is the one we say of
// ourselves. Read before as a conflict of the two roles.
import { checkKind } from './kindCheck';

describe('whose: the previous partner role is not ours', () => {
  checkKind([
    [
      'hu-HU',
      'A régi partner viszonteladóként dolgozott egy disztribútor alatt; mi közvetlen számlázású partner vagyunk. Office 365.',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'Az előző szolgáltató disztribútor volt. Mi viszonteladók vagyunk. Office 365.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
    ],
  ]);
});
