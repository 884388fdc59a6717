// Kind "channelWords": sellers named in the speaker's words. A retail store named after the shop
// ("Best Buy, the retail store") is a third party; a hosting company said not to be a CSP is one
// too; the customer's previous partner that was a CSP («их прошлый партнёр был CSP») is another
// CSP partner, and so is a seller said to be one ("their IT company, which is a CSP partner").
// A boxed copy is bought at retail. A hosting company alone may be a CSP partner and is not read.
import { checkKind } from './kindCheck';

describe('kind: channelWords, a retail store or a hosting company that is not a CSP is a third party', () => {
  checkKind([
    ['en-US', 'he says it was from Best Buy, the retail store, the Microsoft 365 keys', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'купили Office 365 у хостинг-провайдера, который не CSP', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', 'Office 365是从一家主机托管商买的，不是CSP', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'o Office 365 veio de um provedor de hospedagem, que não é CSP', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'exchange online, egy hosting cegtol vettek (nem csp)', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'az Office 365-öt egy hosting cégtől vették', { service: 'license' }],
    ['en-US', 'the retail store of Microsoft sold them Office 365', { service: 'license' }],
  ]);
});

describe("kind: channelWords, the customer's previous partner that was a CSP", () => {
  checkKind([
    ['en-US', 'their previous partner was a CSP, they have Teams', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'их прошлый партнёр был CSP, у них Teams', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '他们之前的合作伙伴是CSP，用的是Teams', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'o parceiro anterior deles era CSP, eles têm Teams', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'a korábbi partnerük CSP volt, Teams-et használnak', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'в прошлый раз партнёр сказал, что у них Teams', { service: 'license' }],
  ]);
});

describe('kind: channelWords, a seller said to be a CSP partner is another CSP partner; ourselves so described is no channel', () => {
  checkKind([
    ['en-US', 'they got it through their previous IT company, which is a CSP partner.', { channel: 'otherCsp' }],
    ['ru-RU', 'купили через их прежнюю IT-компанию, которая CSP-партнёр', { channel: 'otherCsp' }],
    ['zh-CN', '是从他们以前的IT公司买的，那家公司是CSP合作伙伴', { channel: 'otherCsp' }],
    ['pt-BR', 'compraram pela antiga empresa de TI deles, que é parceira CSP', { channel: 'otherCsp' }],
    ['hu-HU', 'a korábbi informatikai cégüktől vették, ami CSP partner', { channel: 'otherCsp' }],
    ['en-US', "we're a small IT company that is a CSP partner", {}],
    ['ru-RU', 'мы IT-компания, которая CSP-партнёр', {}],
    ['zh-CN', '我们这家公司是CSP', {}],
    ['pt-BR', 'nós somos uma empresa de TI que é parceira CSP', {}],
    ['hu-HU', 'mi egy informatikai cég vagyunk, ami CSP partner', {}],
  ]);
});

describe('kind: channelWords, a boxed copy was bought at retail: a third party', () => {
  checkKind([
    ['en-US', 'they bought boxed Office 2021 keys', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'купили коробочный офис', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '买的是盒装Office', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'compraram o Office em caixinha', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'a mediamarktban vette az office-t dobozosan és át akarják vinni hozzánk', { channel: 'thirdParty', service: 'license', goal: 'move' }],
    ['en-US', 'they bought it directly from Microsoft, not a boxed copy', { channel: 'microsoft' }],
  ]);
});

describe('kind: channelWords, a seller said not to be a CSP keeps the channel its own sentence names; an "or" of an earlier sentence offers nothing there', () => {
  const said = { channel: 'open', service: 'license' } as const;
  checkKind([
    ['en-US', 'Office 365 or Microsoft 365, I forget. A local reseller, not a CSP, sold them Open Value licences.', said],
    ['ru-RU', 'Office 365 или Microsoft 365, не помню. Местный реселлер, который не CSP, продал им лицензии Open Value.', said],
    ['zh-CN', 'Office 365 还是 Microsoft 365，我忘了。一家本地经销商，不是CSP，卖给他们 Open Value 许可证。', said],
    ['pt-BR', 'Office 365 ou Microsoft 365, não lembro. Uma revenda local, que não é CSP, vendeu licenças Open Value pra eles.', said],
    ['hu-HU', 'Office 365 vagy Microsoft 365, nem emlékszem. Egy helyi viszonteladó, ami nem CSP, adott el nekik Open Value licenceket.', said],
  ]);
});
