// A bundle whose seller the same sentence says is neither a CSP nor a syndication partner is a third
// party's sale: the syndication named there is only denied, so it no longer keeps the bundle a
// syndication. A seller said to be a syndication partner still is one.
import { checkKind } from './kindCheck';

describe('a bundle whose seller is neither a CSP nor a syndication partner', () => {
  checkKind([
    [
      'en-US',
      'Their Office 365 came in a mobile carrier bundle, and the carrier is not a CSP nor a syndication partner.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'en-US',
      'They have Microsoft 365 through a telco bundle, but the telco is neither a CSP nor a syndication partner.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'pt-BR',
      'O Office 365 veio no pacote da operadora de fibra, e essa operadora também não é CSP nem parceira de sindicação.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['ru-RU', 'Office 365 пришёл в пакете мобильного оператора, и оператор не CSP и не партнёр по синдикации.', { channel: 'thirdParty', service: 'license' }],
    [
      'hu-HU',
      'Az Office 365 egy mobilszolgáltatói csomagban jött, és a szolgáltató nem CSP és nem syndication partner.',
      { channel: 'thirdParty', service: 'license' },
    ],
    // Near misses: a seller said to be a syndication partner keeps the bundle a syndication.
    [
      'en-US',
      'They got Office 365 inside their broadband bundle; that ISP is a syndication partner, not a CSP.',
      { channel: 'syndication', service: 'license' },
    ],
    ['pt-BR', 'Veio o Office 365 no combo de internet do provedor, que é parceiro de sindicação.', { channel: 'syndication', service: 'license' }],
  ]);
});
