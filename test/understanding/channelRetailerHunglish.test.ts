// "Retailer" with a Hungarian ending ("egy retailertől vették"), as agents write it, is a seller:
// a third party, as "kiskereskedőtől" is; said not to be a CSP it is a third party too.
import { checkKind } from './kindCheck';

describe('channel: "retailer" with a Hungarian ending', () => {
  checkKind([
    ['hu-HU', 'Az Office 365-öt egy retailertől vették.', { channel: 'thirdParty', service: 'license' }],
    [
      'hu-HU',
      'A licenceket egy retailertől vette az ügyfél (nem CSP), mi reseller vagyunk distributoron keresztül.',
      { channel: 'thirdParty', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['hu-HU', 'Az Office 365-öt nem retailertől vették, hanem közvetlenül a Microsofttól.', { channel: 'microsoft', service: 'license' }],
  ]);
});
