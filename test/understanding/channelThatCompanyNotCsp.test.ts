// "Az a cég nem CSP" (that company is not a CSP), said of the seller named just before, makes it a
// third party, as "egy cég, ami nem CSP" does; "we are the company that…" is no seller.
import { checkKind } from './kindCheck';

describe('channel: "that company is not a CSP" after a seller is a third party', () => {
  checkKind([
    ['hu-HU', 'Az Azure-t egy hosting szolgáltatónál fizetik. Az a cég nem CSP partner.', { channel: 'thirdParty', service: 'usage' }],
    [
      'hu-HU',
      'Vagy a Microsofttól vették az Azure-t, vagy egy tárhelyszolgáltatótól. Megnézték: az utóbbi, és az a cég nem CSP-s.',
      { channel: 'thirdParty', service: 'usage' },
    ],
    ['hu-HU', 'Mi vagyunk az a cég, amelyik nem CSP, az Office 365-öt továbbadjuk.', { service: 'license' }],
  ]);
});
