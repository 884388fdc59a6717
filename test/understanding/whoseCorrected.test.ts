// Whose words, second round on the twelfth set: a correction that gives a role to another party,
// a tier beside the partner's own supplier, the partner named in the third person, a clause whose
// subject comes last, and a party that writes. Written in five languages for these tests.
import { checkKind } from './kindCheck';

describe('kind: whose, a correction opens a new statement: the role before it given to another party is not ours', () => {
  const ours = { partnerType: 'indirectReseller' } as const;
  checkKind([
    ['en-US', "indirect provider wait no that's our parent company sorry we're the reseller", ours],
    ['ru-RU', 'непрямой поставщик подождите нет это наша материнская компания извините мы реселлер', ours],
    ['zh-CN', '间接提供商 等等 不对 那是我们的母公司 抱歉 我们是经销商', ours],
    // Portuguese and Hungarian read so before (no party word there named the parent); kept as guards.
    ['pt-BR', 'provedor indireto pera não essa é a nossa matriz desculpa a gente é revenda', ours],
    ['hu-HU', 'közvetett szolgáltató várj nem az az anyavállalatunk bocsánat mi viszonteladók vagyunk', ours],
  ]);
});

describe('kind: whose, a role said and then given to the parent company ("wait no, that\'s our parent company") is not ours', () => {
  checkKind([
    ['en-US', "we're a distributor wait no that's our parent company", {}],
    ['ru-RU', 'мы прямой партнёр подождите нет это наша материнская компания', {}],
    ['zh-CN', '我们是直接合作伙伴 不对 那是我们的母公司', {}], // read so before ("不对" negated it); a guard
    ['pt-BR', 'somos parceiro direto pera não essa é a nossa matriz', {}],
    ['hu-HU', 'mi közvetlen partner várj nem az az anyavállalatunk', {}],
  ]);
});

describe('kind: whose, "Tier 2" beside the partner\'s own supplier is the indirect reseller (a distributor has none above it)', () => {
  const said = { channel: 'ea', partnerType: 'indirectReseller' } as const;
  checkKind([
    ['en-US', "We're T2 on this deal. Our disti does the ordering. The customer bought through an EA.", said],
    ['ru-RU', 'Мы Т2. Закупаемся через дистрибьютора. Клиент купил по EA.', said],
    ['zh-CN', '我们是T2。我们通过分销商进货。客户是通过EA买的。', said],
    ['pt-BR', 'Somos T2. Compramos pela distribuidora. O cliente comprou via EA.', said],
    ['hu-HU', 'T2 vagyunk. Disztribútoron keresztül vásárolunk. Az ügyfél EA-n vette.', said],
    ['pt-BR', 'Somos T2 e compramos da distribuidora.', { partnerType: 'indirectReseller' }],
  ]);
});

describe('kind: whose, a T2 said of another party is never ours; a T2 offered with another role is asked (guards)', () => {
  checkKind([
    ['en-US', 'Their old partner was a T2, the customer wants support.', { channel: 'otherCsp', goal: 'support' }],
    ['ru-RU', 'Их прежний партнёр был Т2.', { channel: 'otherCsp' }],
    ['zh-CN', '客户之前的合作伙伴是T2。', { channel: 'otherCsp' }],
    ['pt-BR', 'O parceiro antigo deles era T2.', { channel: 'otherCsp' }],
    ['hu-HU', 'A korábbi partnerük T2 volt.', { channel: 'otherCsp' }],
    ['en-US', "we're T2 or a reseller, not sure", {}, ['partnerType']],
    ['pt-BR', 'Não sei se somos T2 ou revenda pelo distribuidor.', {}, ['partnerType']],
  ]);
});

describe('kind: whose, a message that names the partner ("Partner: Litware") speaks of it as "they": their role is ours', () => {
  const direct = { partnerType: 'direct' } as const;
  checkKind([
    ['en-US', "Partner: Litware, they're a direct bill partner.", direct],
    ['ru-RU', 'Партнёр — Litware, они прямой партнёр.', direct],
    ['zh-CN', '合作伙伴：Litware，他们是直接合作伙伴。', direct],
    ['pt-BR', 'Parceiro: Litware, eles são parceiro direto.', direct],
    ['hu-HU', 'Partner: Litware, ők közvetlen partnerek.', direct],
    // Guards: the customer named so, or the partner of another party, is not us.
    ['en-US', 'Customer is Fabrikam, they are a direct bill partner.', {}],
    ['en-US', 'Their partner is Litware, they are a direct bill partner.', {}],
    // The partner named as another party ("the customer's old CSP") makes "they" that party.
    ['en-US', "The partner is the customer's old CSP, they're a direct bill partner.", { channel: 'otherCsp' }],
    ['ru-RU', 'Партнёр — их прежний CSP, они прямой партнёр.', { channel: 'otherCsp' }],
    ['zh-CN', '合作伙伴是客户原来的CSP，他们是直接合作伙伴。', { channel: 'otherCsp' }],
    ['pt-BR', 'O parceiro é o antigo CSP do cliente, eles são parceiro direto.', { channel: 'otherCsp' }],
    ['hu-HU', 'A partner az ügyfél korábbi CSP-je, ők közvetlen partnerek.', { channel: 'otherCsp' }],
  ]);
});

describe('kind: whose, a clause whose subject said last is the parent company ("who bought through the EA is the parent company") is theirs', () => {
  const said = { channel: 'syndication', service: 'usage' } as const;
  checkKind([
    ['en-US', 'Who bought through the EA is the parent company. The customer has Azure from a syndication partner.', said],
    ['ru-RU', 'Кто покупал по EA — это материнская компания. У клиента Azure от партнёра по синдикации.', said],
    ['zh-CN', '通过EA买的是母公司。客户的Azure是从syndication合作伙伴买的。', said],
    ['pt-BR', 'Quem comprou pelo EA foi a matriz. O cliente tem Azure comprado de um parceiro de syndication.', said],
    ['hu-HU', 'Aki EA-n keresztül vásárolt, az az anyavállalat. Az ügyfél Azure-ja syndication partnertől van.', said],
    // Guard: the parent company named after the customer's own purchase ("same as") takes nothing.
    ['en-US', 'The customer bought Azure through EA, same as the parent company.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: whose, a role word that writes or sends ("the distributor wrote:") is that party; its "you" is us', () => {
  const said = { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' } as const;
  checkKind([
    ['en-US', 'The distributor wrote: "as a reseller, you need to order this customer through us." The customer bought Azure through an EA.', said],
    ['ru-RU', 'Дистрибьютор написал: «вы как реселлер должны заказывать этого клиента через нас». Клиент купил Azure по EA.', said],
    ['zh-CN', '分销商发来的原话：“你们作为经销商，这个客户需要通过我们下单。” 客户的Azure是通过企业协议（EA）买的。', said],
    ['pt-BR', 'A distribuidora escreveu: "vocês, como revenda, precisam fazer o pedido desse cliente com a gente." O cliente comprou Azure via EA.', said],
    ['hu-HU', 'A disztribútor ezt írta: „viszonteladóként ezt az ügyfelet rajtunk keresztül kell rendelnetek.” Az ügyfél EA-n vette az Azure-t.', said],
  ]);
});

describe('kind: whose, "a direct CSP" said of us is the direct role, so beside another role it is asked', () => {
  checkKind([
    // English, Russian and Hungarian read "a direct CSP" before; kept as guards.
    ['en-US', "I don't know if we're a direct CSP or an indirect provider", {}, ['partnerType']],
    ['ru-RU', 'не знаю, мы прямой CSP или непрямой поставщик', {}, ['partnerType']],
    ['zh-CN', '我们是直接CSP还是间接提供商，不确定', {}, ['partnerType']],
    ['pt-BR', 'Não sei se a gente é CSP direto ou provedor indireto', {}, ['partnerType']],
    ['hu-HU', 'nem tudom, közvetlen CSP vagy közvetett szolgáltató vagyunk', {}, ['partnerType']],
    ['pt-BR', 'a gente é CSP direto', { partnerType: 'direct' }],
    ['zh-CN', '我们是直接CSP', { partnerType: 'direct' }],
  ]);
});

describe('kind: whose, a tier placed above us ("上面的一级") is our supplier, not our role', () => {
  const ours = { partnerType: 'indirectReseller' } as const;
  checkKind([
    ['zh-CN', '我们是二级经销商，上面的一级是我们的分销商。', ours],
    // The other languages' words for "above us" were read before; kept as guards.
    ['en-US', "We're a T2 reseller, above us is a distributor.", ours],
    ['ru-RU', 'Мы Т2 реселлер, над нами дистрибьютор.', ours],
    ['pt-BR', 'Somos revenda T2, acima de nós tem um distribuidor.', ours],
    ['hu-HU', 'T2 viszonteladók vagyunk, felettünk egy disztribútor van.', ours],
  ]);
});

describe('kind: whose, "our" in the role\'s own words ("through our distributor") makes the role ours, whoever the clause names first', () => {
  const said = { channel: 'otherCsp', partnerType: 'indirectReseller' } as const;
  checkKind([
    ['en-US', 'Their previous CSP partner ordered everything through our distributor.', said],
    ['ru-RU', 'Прежний партнёр заказывал всё через нашего дистрибьютора.', said],
    ['zh-CN', '之前的合作伙伴通过我们的分销商下单。', said],
    ['pt-BR', 'O parceiro antigo comprava tudo pelo nosso distribuidor.', said],
    ['hu-HU', 'A régi partner a mi disztribútorunkon keresztül rendelt.', said],
  ]);
});

// "… through EA. I mean, that's the parent company, the customer itself bought it from
// Microsoft": the words that name this customer again, in either word order, end the parent's
// clause, and the customer's own purchase is read.
describe('kind: whose corrected, the customer itself named after its parent company', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél Azure-t vett EA-n. Mármint az anyacég, az ügyfél maga a Microsofttól direktben vette.', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'Az anyacég EA-n vásárol, az ügyfél maga a Microsofttól vette.', { channel: 'microsoft' }],
    [
      'en-US',
      "Customer has Azure through EA, no wait, that's their parent company, the customer itself bought Azure directly from Microsoft.",
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'ru-RU',
      'Клиент купил Azure через EA — нет, это их материнская компания, сам клиент купил напрямую у Microsoft.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['zh-CN', '客户的 Azure 是通过 EA 买的。不对，那是他们母公司，客户本身是直接从微软买的。', { channel: 'microsoft', service: 'usage' }],
    [
      'pt-BR',
      'O cliente comprou Azure pelo EA — não, isso é a empresa-mãe, o próprio cliente comprou direto da Microsoft.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
