// A carrier's package is syndication, unless the message says it is no CSP ("egy mobilcsomagban
// kapták, ami nem CSP", "telefonos csomag (ez nem CSP)"): then the seller is a third party.
import { checkKind } from './kindCheck';

describe('channel: a Hungarian carrier package said not to be CSP', () => {
  checkKind([
    ['hu-HU', 'A Microsoft 365 Business Basicet egy mobilcsomag részeként kapták, ami nem CSP.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Exchange Online egy internet csomag (ez nem CSP), csak üzemeltetést kérnek.', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    ['hu-HU', 'Exchange Online egy internet csomagban, csak üzemeltetést kérnek.', { channel: 'syndication', service: 'license', goal: 'support' }],
  ]);
});
