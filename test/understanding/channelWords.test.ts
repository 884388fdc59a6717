// Kind "channelWords": where the customer bought, in the speaker's own words.
import { checkKind } from './kindCheck';

describe("kind: channelWords (the channel in the speaker's words)", () => {
  checkKind([
    ['en-US', 'the CSP they are with now is too slow; Office 365', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'bought at a shop that is neither CSP nor a syndication partner', { channel: 'thirdParty' }],
    ['en-US', 'China cloud, bought from a local reseller, not 21Vianet', { cloud: 'china', channel: 'other' }],
    ['ru-RU', 'Облако 21Vianet, брали у местного реселлера', { cloud: 'china', channel: 'other' }],
    ['zh-CN', '从本地一家经销商买的，世纪互联运营的云', { cloud: 'china', channel: 'other' }],
    ['pt-BR', 'compraram numa loja que não é CSP nem parceiro de sindicalização', { channel: 'thirdParty' }],
    ['hu-HU', 'egy boltban vették, ami nem CSP és nem szindikációs partner', { channel: 'thirdParty' }],
  ]);
});
