// Kind "whose": the partner's own role against another party's. "We're a reseller, we buy
// through a distributor" is one role (indirect reseller); a role in a clause about the customer
// or its partner is not ours (their current partner is the channel: another CSP); a partner unsure of its own role is asked.
import { checkDoubted, checkKind } from './kindCheck';

describe("kind: whose (the partner's own role, not another party's)", () => {
  checkKind([
    ['en-US', "we're a reseller, we buy through a distributor. Azure via EA.", { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['en-US', "we're T1; their current partner is a distributor", { channel: 'otherCsp', partnerType: 'direct' }],
    ['ru-RU', 'Мы реселлер, закупаемся через дистрибьютора. Их поставщик — прямой партнёр.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是经销商，通过分销商采购。他们现在的合作伙伴是 T1。', { channel: 'otherCsp', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos revenda, compramos pelo distribuidor. O parceiro atual deles é T1.', { channel: 'otherCsp', partnerType: 'indirectReseller' }],
    [
      'hu-HU',
      'Viszonteladók vagyunk, disztribútoron keresztül vásárolunk. A jelenlegi partnerük T1-es.',
      { channel: 'otherCsp', partnerType: 'indirectReseller' },
    ],
  ]);
  checkKind([
    ['en-US', "we're either a T2 or a direct-bill partner, not sure", {}, ['partnerType']],
    ['ru-RU', 'мы то ли T2, то ли прямой партнёр, не помню', {}, ['partnerType']],
    ['zh-CN', '我们要么是 T2，要么是直接账单合作伙伴，不确定', {}, ['partnerType']],
    ['pt-BR', 'somos T2 ou parceiro direto, não sei', {}, ['partnerType']],
    ['hu-HU', 'T2 vagy közvetlen számlázású partner vagyunk, nem tudom', {}, ['partnerType']],
  ]);
  // Another party's role, set aside by the speaker ("but that doesn't matter"), answers nothing.
  checkKind([
    ['en-US', "their old partner was a distributor, but that doesn't matter. We're T1.", { partnerType: 'direct' }],
    ['ru-RU', 'У клиента раньше был партнёр-дистрибьютор, но это неважно. Мы Tier 1.', { partnerType: 'direct' }],
    ['zh-CN', '客户之前的合作伙伴是分销商，这个跟我们没关系。我们是 T1。', { partnerType: 'direct' }],
    ['pt-BR', 'O parceiro anterior deles era distribuidor, mas isso não importa. Somos Tier 1.', { partnerType: 'direct' }],
    ['hu-HU', 'Az ügyfél korábbi partnere disztribútor volt, de ez most mindegy. Mi T1-esek vagyunk.', { partnerType: 'direct' }],
  ]);
});

describe('kind: whose, a provider the partner buys through is its supplier, not its role', () => {
  checkKind([
    ['en-US', "We're an indirect reseller, licences come through a distributor.", { service: 'license', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы непрямой реселлер, лицензии получаем через дистрибьютора.', { service: 'license', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是间接经销商，许可证经由分销商采购。', { service: 'license', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos revenda indireta, as licenças vêm pela distribuidora.', { service: 'license', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Közvetett viszonteladók vagyunk, a licencek a disztribútoron keresztül jönnek.', { service: 'license', partnerType: 'indirectReseller' }],
    // The provider glossed in parentheses after the Chinese word for it (in Traditional characters too).
    ['zh-CN', '我们是间接经销商，通过代理商（distributor）下单', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我們是間接經銷商，透過代理商(distributor)下單', { partnerType: 'indirectReseller' }],
    // Without the parenthesis it is a second answer, asked.
    ['zh-CN', '我们是间接经销商，通过代理商，distributor 下单', {}, ['partnerType']],
    // "Through us": the partner is the one bought through, its own role stands.
    ['en-US', 'We are the distributor, the reseller buys through us.', { partnerType: 'indirectProvider' }],
    // Another answer between the two is a new clause, even unpunctuated as spoken.
    ['ru-RU', 'ажур через и эй мы дистрибьютор', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
  ]);
});

describe('kind: whose, another party’s past gives way to where the customer bought', () => {
  checkKind([
    // A former partner's role is background: the purchase stated decides the channel.
    [
      'en-US',
      'Their old partner was a T1. We’re an indirect reseller and they bought the Dynamics 365 licences through Open Value.',
      { channel: 'open', service: 'license', partnerType: 'indirectReseller' },
    ],
    // Alone, it still says the customer was with another CSP partner.
    ['en-US', 'Their old partner was a T1, they want to move the Dynamics 365 licences to us.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    // Set aside in the speaker's words ("这个跟我们无关", «это не главное», "não vem ao caso", "nem releváns").
    ['zh-CN', '之前的合作伙伴是一级，这个跟我们无关。他们的 Dynamics 365 许可是通过 Open 买的。', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Их прежний партнёр был дистрибьютором, но это не главное. Лицензии Dynamics 365 куплены через Open.', { channel: 'open', service: 'license' }],
    [
      'pt-BR',
      'O parceiro antigo deles era T1, mas isso não vem ao caso. As licenças do Dynamics 365 foram compradas pelo Open.',
      { channel: 'open', service: 'license' },
    ],
    [
      'hu-HU',
      'Az ügyfél korábbi partnere disztribútor volt, de ez nem releváns. A Dynamics 365 licenceket Open programon keresztül vették.',
      { channel: 'open', service: 'license' },
    ],
  ]);
});

describe('kind: whose, bought through us while we were in the Advisor program is the former Advisor channel', () => {
  checkKind([
    [
      'en-US',
      'Before joining CSP we were in the Advisor program, and the customer bought Office 365 through us back then. We are in the 21Vianet Partner Center now.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'ru-RU',
      'Раньше мы участвовали в программе Advisor, и клиент тогда купил Office 365 через нас. Сейчас мы в партнерском центре 21Vianet.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'zh-CN',
      '那时候我们在 Advisor 计划里，客户是通过我们买的 Office 365。现在我们在世纪互联运营的合作伙伴中心。',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'pt-BR',
      'Naquela época a gente estava no programa Advisor, e o cliente comprou o Office 365 com a gente. Hoje estamos no Partner Center operado pela 21Vianet.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'hu-HU',
      'Akkoriban az Advisor programban voltunk, és tőlünk vették az Office 365-öt. Most a 21Vianet által üzemeltetett Partner Centerben vagyunk.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    // Another party's Advisor program, and nothing bought through us: the channel is asked.
    [
      'en-US',
      'The customer bought Office 365 via the Advisor program in China and wants support from us.',
      { cloud: 'china', service: 'license', goal: 'support' },
    ],
  ]);
});

describe("kind: whose, the partner's own distributor named is its supplier: the partner is an indirect reseller", () => {
  checkKind([
    ['en-US', 'Our distributor is Arrow. The customer bought Azure through an EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Наш дистрибьютор — Merlion. Клиент купил Azure по EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们的分销商是神州数码。客户的 Azure 是通过 EA 买的。', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Nosso distribuidor é a Ingram. O cliente comprou o Azure via EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['hu-HU', 'A disztribútorunk az Ingram. Az ügyfél EA-n keresztül vette az Azure-t.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});

describe("kind: whose, what the partner buys from Microsoft to resell is its supply, not the customer's channel", () => {
  checkKind([
    [
      'en-US',
      "We buy directly from Microsoft and resell to our resellers. The customer's Intune is with another CSP.",
      { channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'Мы закупаем напрямую у Microsoft и перепродаем реселлерам. Intune клиента у другого CSP.', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '我们直接从微软进货，再给下游经销商。客户的 Intune 在另一家 CSP 那里。', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Compramos direto da Microsoft e revendemos para revendas. O Intune do cliente está com outro CSP.', { channel: 'otherCsp', service: 'license' }],
    [
      'hu-HU',
      'Közvetlenül a Microsofttól vásárolunk, és viszonteladóknak adjuk tovább. Az ügyfél Intune-ja egy másik CSP-nél van.',
      { channel: 'otherCsp', service: 'license' },
    ],
    // The customer's own purchase beside the partner's reselling is still the channel.
    ['en-US', 'We resell Office 365; this customer bought directly from Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});

describe("kind: whose, the partner's direct billing with Microsoft is its role, not where the customer bought", () => {
  checkKind([
    [
      'en-US',
      'We are tier 1, direct billing with Microsoft. The customer bought Azure from another CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    ['ru-RU', 'Мы T1, прямой биллинг с Microsoft. Клиент купил Azure у другого CSP.', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '我们是一级，和微软直接结算。客户的 Azure 是从另一家 CSP 买的。', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'A gente é tier 1, cobrança direta com a Microsoft. O cliente comprou o Azure de outro CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'T1 vagyunk, közvetlen számlázás a Microsofttal. Az ügyfél egy másik CSP-től vette az Azure-t.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});

describe('kind: whose, "Tier 2" beside the reseller it is says one role', () => {
  checkKind([
    ['en-US', "we're Tier 2, an indirect reseller; Azure came from another CSP", { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' }],
    ['ru-RU', 'мы T2, непрямой реселлер. Azure клиент купил у другого CSP', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是 T2 二级经销商，客户的 Azure 是从别的 CSP 买的', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' }],
    [
      'pt-BR',
      'somos tier 2, revenda indireta, e o Azure veio de outro parceiro CSP',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['hu-HU', 'T2-es viszonteladó vagyunk, az Azure-t egy másik CSP-től vették', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' }],
    // Unsure between the two: asked, not settled.
    ['pt-BR', 'não sei se somos T2 ou revenda, o Azure veio de outro parceiro CSP', { channel: 'otherCsp', service: 'usage' }, ['partnerType']],
    ['hu-HU', 'nem tudom, T2 vagy viszonteladó vagyunk, az Azure-t egy másik CSP-től vették', { channel: 'otherCsp', service: 'usage' }, ['partnerType']],
  ]);
});

describe('kind: whose, the direct role said in English after the speaker\'s own "we"', () => {
  checkKind([
    ['ru-RU', 'Azure от другого CSP. Мы direct, облако коммерческое.', { cloud: 'global', channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['pt-BR', 'O Azure veio de outro parceiro CSP, nós somos direct.', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['hu-HU', 'Az Azure-t egy másik CSP-től vették, mi direct vagyunk.', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '我们是direct，客户的 Azure 是从别的 CSP 买的', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['en-US', 'Azure from another CSP. We direct-bill.', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    // A purchase made direct is the channel, not the role; a "not" before it leaves the role open.
    ['ru-RU', 'клиент брал Azure direct у Microsoft', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Мы не direct, Azure от другого CSP', { channel: 'otherCsp', service: 'usage' }],
  ]);
});

describe('kind: whose, a partner unsure of its own role is asked, also between two words for one answer', () => {
  // "T2" and "distributor" both read as the indirect provider; "reseller" alone is no answer in
  // English: offered with "or", they leave the role open, and the reader asks naming both.
  checkKind([
    ['en-US', 'we are a T2 or a distributor, Azure came from another CSP', { channel: 'otherCsp', service: 'usage' }, ['partnerType']],
    ['en-US', "we're T2 or a reseller, I'd have to check", {}, ['partnerType']],
    ['ru-RU', 'мы T2 или дистрибьютор, точно не знаю', {}, ['partnerType']],
    ['zh-CN', '我们是T2还是分销商，我不确定', {}, ['partnerType']],
    ['pt-BR', 'somos T2 ou distribuidor, preciso confirmar', {}, ['partnerType']],
    ['hu-HU', 'T2 vagy disztribútor vagyunk, ezt még megnézem', {}, ['partnerType']],
  ]);
  // A reference settles the choice; one role in several words is no choice; another party's "or" is not ours.
  checkKind([
    ['en-US', 'either a T2 or a distributor – the second one', { partnerType: 'indirectProvider' }],
    ['en-US', 'either T2 or direct-bill, the first one', {}, ['partnerType']], // the T2 kept is either indirect role
    ['en-US', "we're a T2 reseller", { partnerType: 'indirectReseller' }],
    ['en-US', 'tier 2 distributor', { partnerType: 'indirectProvider' }],
    ['en-US', "we're a reseller, we buy through a distributor", { partnerType: 'indirectReseller' }],
    ['en-US', "their partner was a T2 or a distributor, we're direct bill", { partnerType: 'direct' }],
    ['ru-RU', 'мы либо T2, либо дистрибьютор — второе', { partnerType: 'indirectProvider' }],
    ['zh-CN', '我们要么是T2要么是分销商，是后者', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'somos T2 ou distribuidor? o segundo', { partnerType: 'indirectProvider' }],
    ['hu-HU', 'T2 vagy disztribútor vagyunk, az utóbbi', { partnerType: 'indirectProvider' }],
  ]);
});

describe("kind: whose, a role governed by another party is never the partner's own", () => {
  // The owner named before the role (a possessive), right after it (a genitive, "deles"), in an
  // aside in parentheses, or by the word's own form (Hungarian "-uk", their).
  checkKind([
    ['en-US', "The distributor of their old partner was Ingram; we're tier 1.", { partnerType: 'direct' }],
    ['en-US', "the customer's distributor is TD Synnex, we are direct bill", { partnerType: 'direct' }],
    ['ru-RU', 'Дистрибьютор клиента — Ingram, а мы прямой партнёр.', { partnerType: 'direct' }],
    ['ru-RU', 'их дистрибьютор — Ingram, мы tier 1', { partnerType: 'direct' }],
    ['zh-CN', '客户的分销商是 Ingram，我们是 T1', { partnerType: 'direct' }],
    ['zh-CN', '分销商是他们的，我们是 T1', { partnerType: 'direct' }],
    ['pt-BR', 'O distribuidor deles é a Ingram; nós somos tier 1.', { partnerType: 'direct' }],
    ['pt-BR', 'O distribuidor do antigo parceiro era a Ingram, somos tier 1.', { channel: 'otherCsp', partnerType: 'direct' }],
    ['hu-HU', 'Az ügyfél disztribútora az Ingram, mi T1-esek vagyunk.', { partnerType: 'direct' }],
    ['hu-HU', 'A disztribútoruk az Ingram, mi T1-esek vagyunk.', { partnerType: 'direct' }],
    ['hu-HU', 'A disztribútor (az előző partner beszállítója) az Arrow volt; mi T1-esek vagyunk.', { channel: 'otherCsp', partnerType: 'direct' }],
  ]);
  // The partner's own role stays its own when another party is named in the next clause.
  checkKind([
    ['en-US', 'we are the distributor, Azure came from another CSP', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    ['ru-RU', 'мы дистрибьютор, клиент купил Azure у другого CSP', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    ['pt-BR', 'somos distribuidor, o cliente comprou Azure de outro parceiro CSP', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    ['hu-HU', 'disztribútor vagyunk, az ügyfél egy másik CSP-től vette az Azure-t', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    ['zh-CN', '我们是分销商，客户的 Azure 是从别的 CSP 买的', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
  ]);
});

describe('kind: whose, the partner\'s own direct role said with CSP («мы в CSP напрямую», "somos CSP direto")', () => {
  checkKind([
    ['ru-RU', 'Office 365 через EA, мы теперь в CSP напрямую.', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    ['pt-BR', 'Office 365 pelo EA, somos CSP direto.', { channel: 'ea', service: 'license', partnerType: 'direct' }],
  ]);
});

describe("kind: whose, another party's 'no' ('the owner says no', «директор говорит, что нет», '老板说不对', 'a dona diz que não', 'azt mondja, nem') is a disagreement to ask about, not a correction", () => {
  checkKind([
    ['en-US', 'Our admin says they bought it through EA, but the owner says no, it was Open Value.', {}, ['channel']],
    ['ru-RU', 'Админ говорит, что через EA, а директор говорит, что нет, через Open.', {}, ['channel']],
    ['zh-CN', '管理员说是 EA，老板说不对，是 Open。', {}, ['channel']],
    ['pt-BR', 'O gerente diz que foi pelo EA, mas a dona diz que não, foi pelo Open.', {}, ['channel']],
    ['hu-HU', 'A rendszergazda szerint EA, de a tulajdonos azt mondja, nem, Open.', {}, ['channel']],
    // The speaker's own "no" still takes back what came before.
    ['en-US', 'EA, no, Open Value.', { channel: 'open' }],
  ]);
});

describe("kind: whose, a role said of us with its owner after it ('a gente é revenda indireta dela') is ours", () => {
  checkKind([['pt-BR', 'A Ingram? A gente é revenda indireta dela há anos.', { partnerType: 'indirectReseller' }]]);
});

describe('kind: whose, a sentence about another party (its subject) keeps its roles across the asides that name it', () => {
  checkKind([
    [
      'en-US',
      "We're a direct bill partner. Their former partner, a small shop called Redwood Systems, was a T2 reseller for years.",
      { partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Мы косвенный реселлер. А их бывший партнёр, небольшая фирма из Казани, был прямым партнёром.',
      { channel: 'otherCsp', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '我们是直接账单合作伙伴。客户原来的合作伙伴，一家本地小公司，好像是间接经销商。', { channel: 'otherCsp', partnerType: 'direct' }],
    [
      'pt-BR',
      'Somos parceiro direto. O antigo parceiro deles, uma empresa pequena de Recife, era revenda indireta.',
      { channel: 'otherCsp', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'Közvetlen partner vagyunk. Az ügyfél korábbi partnere, egy kis debreceni cég, közvetett viszonteladó volt.',
      { channel: 'otherCsp', partnerType: 'direct' },
    ],
  ]);
});

describe("kind: whose, a role placed below us ('under us'), said not to be us ('is not us') or speaking ('the distributor says') is another party's", () => {
  checkKind([
    [
      'en-US',
      'We are the indirect provider. Brightline is an indirect reseller under us and asked on behalf of its client.',
      { partnerType: 'indirectProvider' },
    ],
    ['en-US', 'The distributor is not us. We are a T1, direct bill.', { partnerType: 'direct' }],
    ['en-US', 'The distributor says the customer is on EA. We are direct bill.', { channel: 'ea', partnerType: 'direct' }],
    ['ru-RU', 'Дистрибьютор — это не мы. Мы прямой партнёр.', { partnerType: 'direct' }],
    ['ru-RU', 'Дистрибьютор говорит, что клиент на EA. Мы прямой партнёр.', { channel: 'ea', partnerType: 'direct' }],
    ['zh-CN', '分销商不是我们。我们是直接账单合作伙伴。', { partnerType: 'direct' }],
    ['zh-CN', '分销商说客户用的是 EA。我们是直接账单合作伙伴。', { channel: 'ea', partnerType: 'direct' }],
    ['pt-BR', 'O distribuidor não somos nós. Somos parceiro direto.', { partnerType: 'direct' }],
    ['pt-BR', 'O distribuidor disse que o cliente tem EA. Somos parceiro direto.', { channel: 'ea', partnerType: 'direct' }],
    ['hu-HU', 'A disztribútor nem mi vagyunk. Közvetlen partner vagyunk.', { partnerType: 'direct' }],
    ['hu-HU', 'A disztribútor szerint az ügyfél EA-s. Közvetlen partner vagyunk.', { channel: 'ea', partnerType: 'direct' }],
  ]);
});

describe("kind: whose, a partner unsure of its role who 'can't say' is still asked", () => {
  checkKind([
    ['zh-CN', '我们算分销商还是间接经销商，我也说不清。Azure 是通过 EA 买的。', { channel: 'ea', service: 'usage' }, ['partnerType']],
    ['en-US', "We are a distributor or an indirect reseller, I can't say. Azure via EA.", { channel: 'ea', service: 'usage' }, ['partnerType']],
  ]);
});

describe("kind: whose, a distributor said to be our supplier, above us, or bought from is the partner's supplier", () => {
  checkKind([
    ['en-US', 'The distributor is our supplier; we are an indirect reseller.', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы косвенный реселлер, над нами стоит дистрибьютор.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是间接经销商，上面是一家分销商。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '分销商是我们的供应商，我们是间接经销商。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos revenda indireta, acima de nós tem um distribuidor.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Viszonteladók vagyunk, egy disztribútortól rendelünk.', { partnerType: 'indirectReseller' }],
  ]);
});

describe("kind: whose, a sale by the partner while it was an Advisor is the former Advisor channel (not another party's sale)", () => {
  checkKind([
    [
      'en-US',
      'Partner Center operated by 21Vianet. Back then we were an Advisor and sold them Office 365.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    ['ru-RU', 'Облако 21Vianet. Мы тогда были в Advisor и продали им Office 365.', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    ['zh-CN', '世纪互联运营的合作伙伴中心。我们那时候是 Advisor，卖给他们 Office 365。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    [
      'pt-BR',
      'Nuvem da 21Vianet. Na época nós éramos Advisor e vendemos o Office 365 para eles.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'hu-HU',
      'A 21Vianet felhőről van szó. Akkoriban Advisor partnerek voltunk, mi adtuk el nekik az Office 365-öt.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    ['en-US', 'Partner Center operated by 21Vianet. Their old partner was an Advisor and sold them Office 365.', { cloud: 'china', service: 'license' }],
  ]);
});

describe('kind: whose, "we are the customer\'s distributor" is the partner\'s own role', () => {
  checkKind([
    ['en-US', "for this tenant we're the client's distributor", { partnerType: 'indirectProvider' }],
    ['ru-RU', 'для этой компании мы дистрибьютор заказчика', { partnerType: 'indirectProvider' }],
    ['zh-CN', '这单我们是该客户的分销商', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'nesse caso somos o distribuidor da cliente', { partnerType: 'indirectProvider' }],
    ['hu-HU', 'ebben az esetben mi vagyunk az ügyfél disztribútora', { partnerType: 'indirectProvider' }],
    // Said of the customer, not of us: still no role.
    ['en-US', "the client's distributor is a big one", {}],
    ['zh-CN', '客户的分销商是另一家', {}],
  ]);
});

describe("kind: whose, the partner's own direct role in its everyday words (direct settlement, «прямые расчёты», «мы директ»)", () => {
  checkKind([
    ['en-US', 'We are on direct payments with Microsoft for this one. Customer has an EA.', { channel: 'ea', partnerType: 'direct' }],
    ['ru-RU', 'Заказчик на EA, а мы с Microsoft на прямых расчётах.', { channel: 'ea', partnerType: 'direct' }],
    ['ru-RU', 'заказчик брал Azure по EA, а мы тут директ', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '这个客户走 EA，我们和微软是直接结算。', { channel: 'ea', partnerType: 'direct' }],
    ['pt-BR', 'O cliente comprou via EA; nosso acerto é direto com a Microsoft.', { channel: 'ea', partnerType: 'direct' }],
    ['hu-HU', 'Az ügyfél EA-n vásárolt, mi közvetlen elszámolással dolgozunk.', { channel: 'ea', partnerType: 'direct' }],
  ]);
});

describe('kind: whose, the customer named as the case ("for this customer we are…", «по этому клиенту мы…») is not the party the role belongs to', () => {
  checkKind([
    ['en-US', 'For this customer we act as a direct partner. They have an EA.', { channel: 'ea', partnerType: 'direct' }],
    ['ru-RU', 'По данному заказчику мы выступаем как косвенный реселлер через дистрибьютора. У них EA.', { channel: 'ea', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Для этого клиента мы дистрибьютор, он брал по EA.', { channel: 'ea', partnerType: 'indirectProvider' }],
    ['zh-CN', '对这个客户，我们是直接合作伙伴。他们有 EA。', { channel: 'ea', partnerType: 'direct' }],
    ['pt-BR', 'Para esse cliente nós atuamos como parceiro direto. Eles têm EA.', { channel: 'ea', partnerType: 'direct' }],
    ['hu-HU', 'Ennél az ügyfélnél mi közvetlen partnerként dolgozunk. EA-juk van.', { channel: 'ea', partnerType: 'direct' }],
  ]);
});

describe("kind: whose, a doubt inside the words of the partner's own role doubts that role, not the next answer", () => {
  checkDoubted([
    ['en-US', 'We are probably an indirect reseller, Office 365 through Open.', { channel: 'open', service: 'license' }, { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы вроде бы непрямой реселлер, Office 365 по Open.', { channel: 'open', service: 'license' }, { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы, кажется, дистрибьютор. Azure по EA.', { channel: 'ea', service: 'usage' }, { partnerType: 'indirectProvider' }],
    ['zh-CN', '我们好像是间接经销商，Office 365 通过 Open 购买。', { channel: 'open', service: 'license' }, { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos acho que revenda indireta, Office 365 pelo Open.', { channel: 'open', service: 'license' }, { partnerType: 'indirectReseller' }],
    [
      'hu-HU',
      'Talán közvetett viszonteladók vagyunk, Office 365 Openen keresztül.',
      { channel: 'open', service: 'license' },
      { partnerType: 'indirectReseller' },
    ],
  ]);
});

describe("kind: whose, the parent company's role is another party's, not the partner's", () => {
  checkKind([
    [
      'en-US',
      'Our parent company is a T1 direct-bill partner, but we as the subsidiary are an indirect reseller through a distributor.',
      { partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Наша материнская компания — прямой партнёр, T1. Мы, дочка, работаем как реселлер через дистрибьютора.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们的母公司是T1直接合作伙伴，但我们作为子公司是通过分销商采购的间接经销商。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Nossa matriz é parceira T1 de faturamento direto. Nós, a subsidiária, somos revenda indireta.', { partnerType: 'indirectReseller' }],
    [
      'hu-HU',
      'Az anyavállalatunk T1 közvetlen partner, mi viszont a leányvállalatként közvetett viszonteladók vagyunk disztribútoron keresztül.',
      { partnerType: 'indirectReseller' },
    ],
  ]);
});

describe("kind: whose, a role someone else gave the partner and the speaker denies is taken back by the partner's own", () => {
  checkKind([
    ['en-US', "My colleague put us down as an indirect provider, that's wrong, we're direct bill.", { partnerType: 'direct' }],
    ['ru-RU', 'Коллега из продаж думает, что мы непрямой провайдер, но это не так: мы прямой партнёр.', { partnerType: 'direct' }],
    ['ru-RU', 'Мы дистрибьютор, это ошибка, мы прямой партнёр.', { partnerType: 'direct' }],
    ['zh-CN', '同事把我们登记成间接提供商，这是错的，我们是直接合作伙伴。', { partnerType: 'direct' }],
    ['pt-BR', 'Um colega nos cadastrou como provedor indireto, mas isso está errado: somos parceiro direto.', { partnerType: 'direct' }],
    ['hu-HU', 'A kolléga közvetett szolgáltatónak írt be minket, de ez nem igaz: közvetlen partnerek vagyunk.', { partnerType: 'direct' }],
  ]);
});

describe('kind: whose, "before us" is when another partner had the customer, not "we" saying its role', () => {
  checkKind([
    [
      'en-US',
      'The customer was with another partner before us, a direct T1 one. We are a reseller through a distributor.',
      { channel: 'otherCsp', partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      'Клиента до нас вёл другой партнёр, прямой T1. Мы реселлер, закупаем через дистрибьютора.',
      { channel: 'otherCsp', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '客户在我们之前由另一个合作伙伴负责，是T1直接合作伙伴。我们是间接经销商。', { channel: 'otherCsp', partnerType: 'indirectReseller' }],
    [
      'pt-BR',
      'O cliente estava com outro parceiro antes de nós, um T1 direto. Somos revenda indireta.',
      { channel: 'otherCsp', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'Az ügyfél előttünk egy másik partnernél volt, egy közvetlen T1-nél. Mi közvetett viszonteladók vagyunk.',
      { channel: 'otherCsp', partnerType: 'indirectReseller' },
    ],
  ]);
});

describe("kind: whose, a role word that advises or recommends is that party speaking, not the partner's role", () => {
  checkKind([
    [
      'en-US',
      "We're a reseller, we buy through a distributor. The distributor recommends waiting. Azure via EA.",
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      'Мы реселлер, работаем через дистрибьютора. Дистрибьютор советует подождать. Azure по EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '我们是经销商，通过分销商采购。分销商建议再等等。Azure 通过 EA。', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    [
      'pt-BR',
      'Somos revenda, compramos pelo distribuidor. O distribuidor recomenda esperar. Azure pelo EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'Viszonteladók vagyunk, disztribútoron keresztül vásárolunk. A disztribútor azt javasolja, várjunk. Azure EA-n keresztül.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    // Said of "we", the role stays ours.
    ['en-US', "We're a distributor recommended by Microsoft.", { partnerType: 'indirectProvider' }],
  ]);
});

describe('kind: whose, "we work directly with Microsoft" is the partner\'s direct role, not the customer\'s channel', () => {
  checkKind([
    ['en-US', "We're neither a reseller nor a distributor, we work directly with Microsoft.", { partnerType: 'direct' }],
    ['ru-RU', 'Мы не реселлер и не дистрибьютор — работаем напрямую с Microsoft.', { partnerType: 'direct' }],
    ['zh-CN', '我们不是经销商也不是分销商，我们直接和微软合作。', { partnerType: 'direct' }],
    ['pt-BR', 'Não somos revenda nem distribuidor, trabalhamos direto com a Microsoft.', { partnerType: 'direct' }],
    ['hu-HU', 'Nem viszonteladók és nem disztribútorok vagyunk, közvetlenül a Microsofttal dolgozunk.', { partnerType: 'direct' }],
    // The customer's purchase from Microsoft is still its channel.
    ['en-US', 'The customer bought directly from Microsoft; we work directly with Microsoft too.', { channel: 'microsoft', partnerType: 'direct' }],
  ]);
});

describe("kind: whose, another company of the customer's group named in passing answers nothing of this case", () => {
  checkKind([
    [
      'en-US',
      "We're T1. Their sister company buys through an EA, but this company got its Azure from Microsoft directly.",
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Мы прямой партнёр. Сестринская компания клиента покупает по EA, а эта компания брала Azure напрямую у Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    ['zh-CN', '我们是 T1。他们的兄弟公司走 EA，这家公司的 Azure 是直接从微软买的。', { channel: 'microsoft', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'Somos T1. A outra empresa do grupo compra pelo EA, mas essa empresa comprou o Azure direto da Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'T1-esek vagyunk. A testvércég EA-n keresztül vásárol, de ez a cég az Azure-t közvetlenül a Microsofttól vette.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    // Another company of the same owner.
    [
      'en-US',
      "We're T1. Another company with the same owner buys through an EA, but this company got its Azure from Microsoft directly.",
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Мы прямой партнёр. Другая компания того же владельца покупает по EA, а эта компания брала Azure напрямую у Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    ['zh-CN', '我们是 T1。同一个老板的另一家公司走 EA，这家公司的 Azure 是直接从微软买的。', { channel: 'microsoft', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'Somos T1. A outra empresa do mesmo dono compra pelo EA, mas essa empresa comprou o Azure direto da Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'T1-esek vagyunk. Ugyanannak a tulajdonosnak a másik cége EA-n keresztül vásárol, de ez a cég az Azure-t közvetlenül a Microsofttól vette.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    // The parent's EA, said again after this case, is still the parent's.
    [
      'en-US',
      "We're T1. The customer bought Azure from Microsoft; the parent's EA stays as it is.",
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});

describe('kind: whose, a role said of the resellers under the partner ("under us there are…") or of "she" is theirs, not ours', () => {
  checkKind([
    [
      'en-US',
      "We're a distributor, below us there are twenty indirect resellers. Azure via EA.",
      { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
    ['ru-RU', 'Мы дистрибьютор, под нами два десятка непрямых реселлеров. Azure по EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    ['zh-CN', '我们是分销商，旗下有二十家间接经销商。Azure 通过 EA。', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    [
      'pt-BR',
      'Somos distribuidor, abaixo de nós há vinte revendas indiretas. Azure pelo EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      'Disztribútorok vagyunk, alattunk húsz közvetett viszonteladó van. Azure EA-n keresztül.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'Falo por uma revenda parceira: ele é revenda indireta, nós somos o distribuidor. Azure pelo EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});

describe("kind: whose, a role followed by \"but that's not us\" is another party's, not the partner's", () => {
  checkKind([
    ['en-US', "We're a reseller. Somewhere there's an indirect provider, but that's not us.", { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы реселлер. Где-то там непрямой провайдер, но это не мы.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是经销商。上面还有个间接提供商，但这不是我们。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos revenda. Tem um provedor indireto, mas não somos nós.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Viszonteladók vagyunk. Van egy közvetett szolgáltató is, de az nem mi vagyunk.', { partnerType: 'indirectReseller' }],
    // A denial of something else, with more words after it, leaves the role ours.
    ['en-US', "We're T1, that's not us who sold it.", { partnerType: 'direct' }],
  ]);
});

describe('kind: whose, a provider the partner works under ("under a distributor", «под дистрибьютором», "走分销商") is its supplier', () => {
  checkKind([
    ['en-US', "We're a reseller, we sit under a distributor. Azure via EA.", { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы реселлер, работаем под дистрибьютором. Azure по EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是经销商，挂在分销商下面。Azure 通过 EA。', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是经销商，走分销商。Azure 通过 EA。', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos revenda, ficamos debaixo do distribuidor. Azure pelo EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    [
      'hu-HU',
      'Viszonteladók vagyunk, egy disztribútor alatt dolgozunk. Azure EA-n keresztül.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});

describe('kind: whose, a sentence whose subject is a seller ("The integrator was a direct partner") speaks of that seller\'s role', () => {
  checkKind([
    ['en-US', "We're a distributor. The integrator was a direct partner before.", { partnerType: 'indirectProvider' }],
    ['en-US', "We're a distributor. The reseller was a direct partner before, now it works through us.", { partnerType: 'indirectProvider' }],
    ['ru-RU', 'Мы дистрибьютор. Интегратор раньше был прямым партнёром.', { partnerType: 'indirectProvider' }],
    ['ru-RU', 'Мы дистрибьютор. Реселлер раньше был прямым партнёром, теперь работает через нас.', { partnerType: 'indirectProvider' }],
    ['zh-CN', '我们是分销商。集成商以前是直接合作伙伴。', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'Somos distribuidor. O integrador antes era parceiro direto, agora trabalha pela gente.', { partnerType: 'indirectProvider' }],
    ['hu-HU', 'Disztribútorok vagyunk. Az integrátor korábban közvetlen partner volt.', { partnerType: 'indirectProvider' }],
    // Said of "we", the seller word is the partner itself.
    ['pt-BR', 'Somos uma revenda, compramos através de um distribuidor. Azure pelo EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
  ]);
});

describe('kind: whose, "we used to be in the Advisor program" is the partner\'s former role: a purchase from it then is the former Advisor channel', () => {
  checkKind([
    [
      'en-US',
      'We used to be in the Advisor program; the customer bought Office 365 (21Vianet) from us back then.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'en-US',
      'We were formerly an Advisor partner, the customer bought Office 365 (21Vianet) from us.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'ru-RU',
      'Мы раньше были в программе Advisor, и клиент тогда покупал Office 365 (21Vianet) у нас.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'ru-RU',
      'Мы прежде участвовали в программе Advisor, клиент покупал Office 365 (21Vianet) у нас.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    ['zh-CN', '我们以前参加过Advisor计划，客户当时从我们这里买了Office 365 (21Vianet)。', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    [
      'pt-BR',
      'Antes nós estávamos no programa Advisor, e o cliente comprou o Office 365 (21Vianet) com a gente.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'hu-HU',
      'Korábban az Advisor programban voltunk, az ügyfél akkor tőlünk vette az Office 365-öt (21Vianet).',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
  ]);
});

describe("kind: whose, a sale through another distributor is another CSP (the channel), not a second role of the partner's", () => {
  checkKind([
    [
      'en-US',
      "We're a distributor. A reseller of ours sold them Office 365 via a different distributor, not via us. Now they want it moved to us.",
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
    [
      'en-US',
      "We're an indirect provider; the customer got Azure from some other disti.",
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      'Мы дистрибьютор. Наш реселлер оформил клиенту Office 365 не через нас, а через другого дистрибьютора. Хотят перенести к нам.',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
    ['ru-RU', 'Клиент брал Azure у иного дистрибьютора, мы непрямой поставщик.', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    [
      'zh-CN',
      '我们是分销商。客户的 Office 365 是我们的经销商通过别的分销商下的单，想转到我们这边。',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'Somos distribuidor. Uma revenda nossa fechou o Office 365 do cliente com outra distribuidora. Querem migrar para nós.',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      'Disztribútorok vagyunk. Az Office 365-öt az egyik viszonteladónk egy másik disztribútoron keresztül adta el. Át akarják hozni hozzánk.',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
    // "One of our resellers" (egyik viszonteladónk) names a party of ours, not the partner's own role.
    ['hu-HU', 'Közvetett szolgáltatók vagyunk, egyik viszonteladónk hozta az ügyfelet.', { partnerType: 'indirectProvider' }],
  ]);
});

describe('kind: whose, a role the partner had before ("we used to be a reseller", «раньше мы были», "éramos", "voltunk", "我们以前是") gives way to its role now', () => {
  checkKind([
    [
      'en-US',
      'We used to be an indirect reseller, but since last year we bill Microsoft directly. Azure via EA.',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    ['en-US', 'We were a T1 until 2024; now we buy everything through a distributor.', { partnerType: 'indirectReseller' }],
    ['en-US', 'Previously we were a distributor. Now we are a direct bill partner.', { partnerType: 'direct' }],
    ['ru-RU', 'Раньше мы были непрямым поставщиком, теперь мы прямой партнёр. Azure по EA.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'Мы были прямым партнёром до прошлого года, сейчас работаем через дистрибьютора как реселлер.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们以前是分销商，现在是直接账单合作伙伴。客户通过 EA 买的 Azure。', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '之前我们是一级合作伙伴，现在是间接经销商。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Nós éramos distribuidor, agora somos parceiro direto. Azure via EA.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['pt-BR', 'A gente era parceiro direto até o ano passado, hoje somos revenda indireta.', { partnerType: 'indirectReseller' }],
    [
      'hu-HU',
      'Korábban disztribútor voltunk, most közvetlen számlázású partner vagyunk. Az Azure-t EA-n vették.',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    ['hu-HU', 'Tavaly még mi voltunk a T1, most közvetett viszonteladók vagyunk.', { partnerType: 'indirectReseller' }],
    // Said only as past, the role is not the partner's now: it is not answered.
    ['en-US', 'We used to be a distributor. Azure via EA.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: whose, a role the partner gave up ("we dropped direct billing", «отказались от прямого выставления счетов») is not its role', () => {
  checkKind([
    ['en-US', 'We dropped direct billing this year and buy through a distributor now.', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'В этом году мы отказались от прямого выставления счетов и закупаем через дистрибьютора.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们放弃了直接账单，现在通过分销商采购。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Deixamos de ser parceiro direto e agora compramos pelo distribuidor.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Feladtuk a közvetlen számlázást, most disztribútoron keresztül vásárolunk.', { partnerType: 'indirectReseller' }],
  ]);
});

describe('kind: whose, "we bill Microsoft directly" («выставляем счета напрямую», "faturamos direto com a Microsoft") is the direct role, not the customer\'s channel', () => {
  checkKind([
    ['en-US', 'We bill Microsoft directly. The customer got Azure from another CSP.', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    [
      'ru-RU',
      'Мы рассчитываемся напрямую с Microsoft. Клиент купил Azure у другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    ['zh-CN', '我们直接跟微软结算。客户从另一家 CSP 合作伙伴买的 Azure。', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'Faturamos direto com a Microsoft. O cliente comprou Azure de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'Közvetlenül a Microsofttal számolunk el. Az ügyfél egy másik CSP partnertől vette az Azure-t.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});

describe('kind: whose, a reseller "under another distributor" names the partner\'s supplier, not another CSP', () => {
  checkKind([
    ['ru-RU', 'Мы реселлер под другим дистрибьютором.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos revenda sob outro distribuidor.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Most már viszonteladók vagyunk egy másik disztribútor alatt.', { partnerType: 'indirectReseller' }],
  ]);
});

describe('kind: whose, what the partner orders from Microsoft itself ("we order from Microsoft ourselves") is its supply, not the customer\'s channel', () => {
  checkKind([
    [
      'en-US',
      "We're a distributor and order from Microsoft ourselves. The customer is with another CSP.",
      { channel: 'otherCsp', partnerType: 'indirectProvider' },
    ],
    ['ru-RU', 'Мы дистрибьютор, сами закупаем напрямую у Microsoft. Клиент у другого CSP-партнёра.', { channel: 'otherCsp', partnerType: 'indirectProvider' }],
    ['zh-CN', '我们是分销商，我们自己直接从微软采购。客户在另一家CSP那里。', { channel: 'otherCsp', partnerType: 'indirectProvider' }],
    [
      'pt-BR',
      'Somos distribuidor, nós mesmos compramos direto da Microsoft. O cliente está com outro parceiro CSP.',
      { channel: 'otherCsp', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      'Közvetett szolgáltatók vagyunk, mi magunk rendelünk a Microsofttól. Az ügyfél egy másik CSP partnernél van.',
      { channel: 'otherCsp', partnerType: 'indirectProvider' },
    ],
  ]);
});

describe('kind: whose, "直接跟微软结算" said of the partner is its direct role; said of the customer it stays the channel', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 是从另一家 CSP 买的。我们是 T1，直接跟微软结算。', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '我们是分销商。客户直接跟微软结算 Azure。', { channel: 'microsoft', service: 'usage', partnerType: 'indirectProvider' }],
  ]);
});

describe('kind: whose, a role word that is aware, copied or on the call ("the distributor is in the loop", «дистрибьютор в курсе») is that party, not the partner\'s role', () => {
  const said = { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' } as const;
  checkKind([
    ['en-US', "We're a reseller, we buy through a distributor. The distributor is in the loop. Azure via EA.", said],
    ['ru-RU', 'Мы реселлер, работаем через дистрибьютора. Дистрибьютор в курсе. Azure по EA.', said],
    ['zh-CN', '我们是经销商，通过分销商采购。分销商也知道。Azure 通过 EA 买的。', said],
    ['pt-BR', 'Somos revenda, compramos pelo distribuidor. O distribuidor está ciente. Azure via EA.', said],
    ['hu-HU', 'Viszonteladók vagyunk, disztribútoron keresztül vásárolunk. A disztribútor is tud róla. Az Azure-t EA-n vették.', said],
    // "Our distributor" is still the partner's supplier when it is copied, so a T2 with it is the reseller.
    ['en-US', "We're the T2 here, our distributor is copied on the thread.", { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы реселлер, наш дистрибьютор в курсе.', { partnerType: 'indirectReseller' }],
  ]);
});

describe("kind: whose, a sister company's role (\"our sister company is a distributor\") is another party's, not the partner's", () => {
  checkKind([
    ['en-US', "Our sister company in Poland is a distributor; here we're a reseller buying through them.", { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Наша сестринская компания — прямой партнёр, а мы реселлер через дистрибьютора.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们的兄弟公司是一级合作伙伴，我们是间接经销商。', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们的母公司是分销商，我们是它旗下的经销商。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'A nossa empresa irmã é distribuidora; nós somos revenda indireta.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'A testvércégünk közvetlen partner, mi közvetett viszonteladók vagyunk.', { partnerType: 'indirectReseller' }],
  ]);
});

describe('kind: whose, "a T1 distributor" above the partner is one party, its supplier ("above us is a T1 distributor", «над нами T1-дистрибьютор», "上级是一级分销商", "felettünk egy T1 disztribútor")', () => {
  const said = { partnerType: 'indirectReseller' } as const;
  checkKind([
    ['en-US', "We're a tier 2 reseller; above us is a T1 distributor.", said],
    ['ru-RU', 'Мы реселлер второго уровня, над нами T1-дистрибьютор.', said],
    ['zh-CN', '我们是二级经销商，上级是一级分销商。', said],
    ['pt-BR', 'Somos revenda tier 2, acima de nós tem um distribuidor T1.', said],
    ['hu-HU', 'T2 viszonteladók vagyunk, felettünk egy T1 disztribútor van.', said],
  ]);
});

// "Left" has the customer for its subject as often as the partner: a customer that walked away
// from its old partner still bought from it, so leaving is no negation of that partner.
describe('kind: whose, a customer that left its old partner ("they walked away from another CSP partner", «ушли от другого CSP-партнёра») still bought from it', () => {
  checkKind([
    ['en-US', 'They walked away from another CSP partner, they have Azure.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'The customer moved away from another CSP partner last month, Azure.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Они ушли от другого CSP-партнёра, у них Azure.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Клиенты ушли к нам от другого CSP-партнёра, у них Azure.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});

describe('kind: whose, a sister agency or the customer\'s other company is another party ("their sister agency", «их другая компания», "兄弟单位", "a outra empresa deles", "az anyacégük", "a másik cégük")', () => {
  checkKind([
    [
      'en-US',
      'Their sister agency is on an EA, but this customer bought Exchange Online from Microsoft directly.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['en-US', 'Their other company gets Microsoft 365 from another CSP. This customer has Azure through an EA.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Их другая компания берёт Microsoft 365 у другого CSP. Этот клиент купил Azure через EA.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '他们的兄弟单位用的是 EA，这个客户的 Exchange Online 是直接从微软买的。', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'A outra empresa deles compra Microsoft 365 de outro CSP. Este cliente comprou o Azure via EA.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Az anyacégük EA-s, de ez az ügyfél közvetlenül a Microsofttól vette az Exchange Online-t.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'A másik cégük Microsoft 365-öt használ. Ez az ügyfél EA-n vette az Azure-t.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: whose, a purchase from us denied ("not from us in our Advisor days", "nem tőlünk az Advisoros időkben") is no Advisor channel', () => {
  checkKind([
    // The first and third were read already (the channel after them decides); alone, the denial is no channel.
    ['en-US', 'Office 365 was not bought from us in our Advisor days, it came through an EA.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Office 365 was not bought from us in our Advisor days.', { service: 'license' }],
    ['pt-BR', 'O Office 365 não foi comprado com a gente na época do Advisor, veio pelo EA.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt nem tőlünk vették az Advisoros időkben, hanem EA-n.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt az ügyfél nem tőlünk vette az Advisoros időkben.', { service: 'license' }],
    // Here the negation also reaches the product after the verb (a known limit: asked, not guessed).
    ['hu-HU', 'Az ügyfél nem tőlünk vette az Office 365-öt az Advisoros időkben.', {}],
    // Never the Advisor channel: in Russian «у нас во времена Advisor» is one phrase, denied, and the EA decides;
    // in Chinese the EA decides too ("不是从…买的" denies the purchase, not the product).
    ['ru-RU', 'Office 365 куплен не у нас во времена Advisor, а через EA.', { channel: 'ea', service: 'license' }],
    ['zh-CN', 'Office 365 不是从我们这里买的（我们当时是 Advisor），是通过 EA 买的。', { channel: 'ea', service: 'license' }],
    // The former Advisor channel said in one phrase ("when we were an Advisor"), denied; in Chinese
    // the negation touches "从我们" with no space between.
    ['en-US', 'Office 365 was not bought from us when we were an Advisor, 21Vianet.', { cloud: 'china', service: 'license' }],
    ['zh-CN', '客户的 Office 365 不是从我们这里买的，那时候我们还是 Advisor。', { service: 'license' }],
    // Not denied: the former Advisor channel.
    ['en-US', 'Office 365 bought from us in our Advisor days, 21Vianet cloud.', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
  ]);
});

describe('kind: whose, a product named between "from us" and "when we were an Advisor" keeps its kind', () => {
  checkKind([
    [
      'hu-HU',
      '21Vianetes felhő. Az ügyfél tőlünk vette az Azure-t, amikor még Advisor partnerek voltunk.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'usage' },
    ],
    [
      'hu-HU',
      '21vianet-es partner center, az ugyfel tolunk vette az azure-t amikor meg advisor partnerek voltunk',
      { cloud: 'china', channel: 'formerAdvisor', service: 'usage' },
    ],
    // Guards: read already.
    [
      'en-US',
      '21Vianet cloud. The customer bought from us the Azure when we were still an Advisor partner.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'usage' },
    ],
    [
      'ru-RU',
      'Облако 21Vianet. Клиент купил у нас Azure, когда мы ещё были Advisor-партнёром.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'usage' },
    ],
    ['zh-CN', '世纪互联云。客户在我们还是 Advisor 合作伙伴的时候从我们这里买了 Azure。', { cloud: 'china', channel: 'formerAdvisor', service: 'usage' }],
    [
      'pt-BR',
      'Nuvem 21Vianet. O cliente comprou de nós o Azure quando ainda éramos parceiro Advisor.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'usage' },
    ],
  ]);
});

describe('kind: whose, a bare T2 is either indirect role (the distributor and the reseller both go by it): asked, never guessed', () => {
  checkKind([
    ['en-US', "Azure bought online from Microsoft, we're T2", { channel: 'microsoft', service: 'usage' }, ['partnerType']],
    ['ru-RU', 'Azure куплен напрямую у Microsoft, мы Т2', { channel: 'microsoft', service: 'usage' }, ['partnerType']],
    ['zh-CN', 'Azure是直接从微软买的，我们是T2', { channel: 'microsoft', service: 'usage' }, ['partnerType']],
    ['pt-BR', 'o Azure foi comprado direto da Microsoft, somos T2', { channel: 'microsoft', service: 'usage' }, ['partnerType']],
    ['hu-HU', 'az Azure-t közvetlenül a Microsofttól vették, T2 vagyunk', { channel: 'microsoft', service: 'usage' }, ['partnerType']],
  ]);
  // The other word for one of the two roles, anywhere in the message but not as another option, says which.
  checkKind([
    ['en-US', "we're T2. we're the distributor on this deal", { partnerType: 'indirectProvider' }],
    ['ru-RU', 'мы Т2, мы дистрибьютор', { partnerType: 'indirectProvider' }],
    ['zh-CN', '我们是T2，我们是分销商', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'somos T2, somos o distribuidor', { partnerType: 'indirectProvider' }],
    ['hu-HU', 'T2 vagyunk, mi vagyunk a disztribútor', { partnerType: 'indirectProvider' }],
    ['en-US', "we're T2 or the distributor, not sure", {}, ['partnerType']],
  ]);
});
