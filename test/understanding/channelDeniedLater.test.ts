// Kind "notButY": a later sentence denying the channel said before ("Bought from Microsoft. Not
// from Microsoft but from a local shop.") takes that channel back, even when what replaces it is a
// seller the reader cannot place: the channel is asked, never answered with the value just denied.
// Denying 21Vianet as the seller leaves the 21Vianet cloud standing.
import { checkKind } from './kindCheck';

describe('kind: "not X but Y": a channel denied in a later sentence is taken back', () => {
  checkKind([
    ['en-US', 'They bought Microsoft 365 from Microsoft. Not from Microsoft but from a local shop, I mean.', { service: 'license' }],
    ['ru-RU', 'Microsoft 365 купили у Microsoft. Не у Microsoft, а в местном магазине, точнее.', { service: 'license' }],
    ['zh-CN', 'Microsoft 365 是从微软买的。不是从微软直接买的，是从本地一家小店买的。', { service: 'license' }],
    ['pt-BR', 'O Microsoft 365 foi comprado direto da Microsoft. Não direto da Microsoft, de uma lojinha local.', { service: 'license' }],
    ['hu-HU', 'A Microsoft 365-öt a Microsofttól vették. Nem a Microsofttól, hanem egy helyi boltból.', { service: 'license' }],
    // Another answer between them, or before the denial in its sentence, changes nothing.
    ['en-US', 'Bought from Microsoft, Microsoft 365 E3. Not from Microsoft but from a local shop.', { service: 'license' }],
    ['en-US', 'They bought Microsoft 365 from Microsoft. The managing partner says not from Microsoft but from a local shop.', { service: 'license' }],
    // A denial of another channel leaves the first one standing.
    ['en-US', 'They bought Microsoft 365 from Microsoft. Not through an EA.', { channel: 'microsoft', service: 'license' }],
    // Denying 21Vianet as the seller is no denial of the cloud it runs.
    ['zh-CN', '我们用世纪互联运营的合作伙伴中心。Office 365 不是世纪互联卖的，是别的一家本地公司。', { cloud: 'china', service: 'license' }],
  ]);
});
