// "Neither a CSP nor syndication" names the third party only when the syndication itself is
// denied where it stands ("not a CSP and not syndication"): a syndication partner said "not a
// CSP", whose syndication a later sentence merely doubts, is no third party. A bundle said after
// both denials ("…, it only resells it in a package with the line") is that third party's sale,
// not a syndication of its own. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: neither CSP nor syndication, where each is denied', () => {
  checkKind([
    [
      'en-US',
      'They got Azure via a Microsoft syndication partner long ago -- not a CSP, a syndication deal. I do not think syndication is transferable though.',
      { service: 'usage' },
    ],
    [
      'en-US',
      'The telco is not a CSP and not syndication, it simply resells Microsoft 365 in a bundle with the phone line.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['ru-RU', 'Оператор не CSP и не синдикация, Microsoft 365 у них идёт в пакете со связью.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'A operadora não é CSP nem sindicação, o Microsoft 365 vem no pacote da operadora.', { channel: 'thirdParty', service: 'license' }],
    [
      'hu-HU',
      'A szolgáltató nem CSP és nem szindikáció, csak csomagban adja tovább a Microsoft 365-öt a telefonnal.',
      { channel: 'thirdParty', service: 'license' },
    ],
  ]);
});
