// The invoice issued by 21Vianet ("a 21Vianet állította ki") says it was bought from 21Vianet;
// after an either/or asked, it settles the channel.
import { checkKind } from './kindCheck';

describe('channel: the invoice issued by 21Vianet, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Microsoft 365 van nekik, a számlát a 21Vianet állította ki.', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['hu-HU', 'Másik CSP-től vették vagy a 21Vianet-től? Megnéztük: a számlát a 21Vianet állította ki.', { cloud: 'china', channel: 'vianet' }],
  ]);
});
