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

describe('kind: channelWords, "neither a CSP partner nor a syndication partner" is the third-party channel', () => {
  checkKind([
    ['en-US', 'They got Dynamics 365 from a web agency that is not a CSP and not a syndication partner either.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Dynamics 365 куплен у веб-студии: она не CSP-партнер и не синдикация.', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', 'Dynamics 365 是从一家网站公司买的，它不是 CSP，也不是 syndication 合作伙伴。', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'O Dynamics 365 veio de uma agência web, que não é syndication e nem CSP.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'A Dynamics 365-öt egy webügynökségtől vették, ami nem CSP és nem is syndication partner.', { channel: 'thirdParty', service: 'license' }],
    // A CSP that is not negated is not the definition: only the syndication partner is denied.
    ['en-US', 'They bought it from the CSP partner, not from a syndication partner, Dynamics 365.', { service: 'license' }],
    // The sentence names where they did buy: that is the channel.
    ['pt-BR', 'Não é CSP nem syndication, compraram o Dynamics 365 direto da Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});

describe('kind: channelWords, a retailer is a third party; the CSP they bought from is another CSP', () => {
  checkKind([
    ['en-US', 'Office 365 bought from a retailer', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Office 365 купили у ритейлера', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', 'Office 365 是从零售店买的', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'compraram o Office 365 numa varejista', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt egy kiskereskedőtől vették', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'They stay with the CSP partner they bought Office 365 from.', { channel: 'otherCsp', service: 'license' }],
    // Microsoft's own store is not a third party.
    ['ru-RU', 'купили Office 365 в магазине Microsoft', { service: 'license' }],
    ['zh-CN', 'Office 365 是从微软零售店买的', { service: 'license' }],
    ['pt-BR', 'compraram na loja da Microsoft o Office 365', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Глобальный партнерский центр, Office 365 купили у ритейлера', { cloud: 'global', channel: 'thirdParty', service: 'license' }],
  ]);
});

describe('kind: channelWords, the former partner as the place they bought from', () => {
  checkKind([
    ['zh-CN', '客户的 Office 365 是从原来的合作伙伴那边采购的。', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'O Office 365 foi comprado daquele parceiro antigo.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', "The customer's current partner never answers; Office 365 licences.", { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Office 365 comprado da própria 21Vianet.', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
