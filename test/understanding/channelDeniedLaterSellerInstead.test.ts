// "Bought from Microsoft. Not via EA but from a reseller.": the later sentence denies another channel
// than the one said before, but goes on to name a seller in its place. Bought from a reseller, it was
// not bought from Microsoft either: the channel said before is taken back too and the channel is
// asked (the seller is none the reader can place), never answered with what the message took back.
// Without a seller after it, a denial of another channel leaves the first one standing.
import { checkKind } from './kindCheck';

describe('kind: "not X but a seller" later takes back the other channel said before', () => {
  checkKind([
    ['en-US', 'Bought from Microsoft. Not via EA but from a reseller.', {}],
    ['hu-HU', 'A Microsofttól vették. Nem EA-n, hanem egy viszonteladótól.', {}],
    ['ru-RU', 'Microsoft 365 купили у Microsoft. Не через EA, а у реселлера.', { service: 'license' }],
    ['pt-BR', 'O Microsoft 365 foi comprado direto da Microsoft. Não via EA, de uma revenda.', { service: 'license' }],
    // Said twice before, both are taken back, with no conflict left between them.
    ['en-US', 'Bought via EA, then from Microsoft. Not via EA but from a reseller.', {}],
    // A channel said before the last one stands.
    ['en-US', 'Bought Azure on Open Value, then from Microsoft. Not via EA but from a local shop.', { channel: 'open', service: 'usage' }],
    ['en-US', 'They bought Microsoft 365 from Microsoft. Not through an EA.', { channel: 'microsoft', service: 'license' }],
  ]);
});
