// A customer at a T1 or direct bill partner ("egy T1-es, direkt számlázású partnernél") is with
// another CSP; the role words are that partner's, not ours.
import { checkKind } from './kindCheck';

describe('channel words: a T1 or direct bill partner the customer is at is another CSP', () => {
  checkKind([
    [
      'hu-HU',
      'Viszonteladók vagyunk. Az ügyfél egy T1-es, direkt számlázású partnernél van az Azure-ral.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['hu-HU', 'Az Office 365-öt egy direkt számlázású partnertől vették.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
