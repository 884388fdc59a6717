// Kind "rambling": long messages whose other clauses must not make a conflict: the partner's own
// services named next to the goal, a topic marker that looks like a channel.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: rambling (irrelevant clauses set nothing)', () => {
  checkKind([
    [
      'en-US',
      'Long story: they want to move the Office 365 licences to us and add them to our managed services invoice.',
      { service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Хотят перенести Office 365 к нам и платить вместе с нашими управляемыми услугами.', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户想把 Office 365 迁移到我们这边，和我们的托管服务一起结算。', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem migrar o Office 365 pra gente e pagar junto com nossos serviços gerenciados.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Microsoft oldalon: az Office 365-öt át akarják hozni hozzánk, a havi üzemeltetési díjjal együtt.', { service: 'license', goal: 'move' }],
    // What the customer wants from us is still read: managed services asked for are support.
    ['en-US', 'They want managed services from us for their Office 365.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Querem manter lá e a gente só administra o Office 365.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: rambling, a product the speaker sets aside ("so ignore that") answers nothing', () => {
  checkKind([
    [
      'en-US',
      'They once had an Azure pilot, it ended long ago, so ignore that. The Exchange Online licences came through Open.',
      { channel: 'open', service: 'license' },
    ],
    [
      'ru-RU',
      'Был ещё пробный Azure, но он давно закончился, про него можно забыть. Exchange Online куплен через Open.',
      { channel: 'open', service: 'license' },
    ],
    ['zh-CN', '以前还有个 Azure 试用，早就过期了，这个可以忽略。Exchange Online 是通过 Open 买的。', { channel: 'open', service: 'license' }],
    ['pt-BR', 'Tinha um Azure de teste, já expirou, então esquece isso. O Exchange Online veio pelo Open.', { channel: 'open', service: 'license' }],
    [
      'hu-HU',
      'Volt egy Azure tesztjük is, de régen lejárt, azzal nem kell foglalkozni. Az Exchange Online-t Open licenccel vették.',
      { channel: 'open', service: 'license' },
    ],
  ]);
});

describe('kind: rambling, "only X" restricts the kind of service to X\'s', () => {
  checkKind([
    ['en-US', 'They run Azure and Office 365, but this case is about Office 365 only, bought via EA.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'У них есть Azure и Office 365, но обсуждаем только Azure, он куплен через EA.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '客户有 Azure 也有 Office 365，这次只谈 Office 365，是通过 EA 买的。', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Eles têm Azure e Office 365, mas o caso é só o Azure, comprado via EA.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Van Azure-juk és Office 365-jük is, de most csak az Office 365 számít, EA-n vették.', { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: rambling, a topic put off for later answers nothing, and only its own clause', () => {
  checkKind([
    [
      'en-US',
      'commercial cloud, Office 365 from another CSP, they mentioned Azure as well but that is for another day',
      { cloud: 'global', channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'Office 365 от другого CSP. Еще спрашивали про Azure, но это отдельная история.', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是从别的 CSP 买的，另外他们问了 Azure，这个以后再说', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Office 365 de outro parceiro CSP, perguntaram do Azure também mas isso fica pra depois', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Office 365 egy másik CSP partnertől, az Azure-ról is kérdeztek, de az más téma', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('kind: rambling, the goal said to be wanted outweighs the goal verbs of the story', () => {
  checkKind([
    ['en-US', 'We moved to a new office last year. What they want now is someone to support their Microsoft 365.', { service: 'license', goal: 'support' }],
    [
      'ru-RU',
      'Мы в прошлом году переехали в новый офис. Сейчас клиент хочет, чтобы мы поддерживали их Microsoft 365.',
      { service: 'license', goal: 'support' },
    ],
    ['zh-CN', '我们去年搬了办公室。现在客户希望我们支持他们的 Microsoft 365。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Mudamos de escritório no ano passado. Agora o cliente quer que a gente dê suporte ao Microsoft 365.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Tavaly átköltöztünk egy új irodába. Most az ügyfél azt szeretné, hogy támogassuk a Microsoft 365-öt.', { service: 'license', goal: 'support' }],
    // Two goals both wanted, or offered as options, are asked.
    ['en-US', 'They either want support or want to move the Microsoft 365 to us', { service: 'license' }, ['goal']],
  ]);
});

describe('kind: rambling, a hedge after what it doubts ("EA, I think", «EA вроде», «или нет») leaves that answer open', () => {
  checkKind([
    ['en-US', 'Microsoft 365 bought through EA, I think', { service: 'license' }],
    ['ru-RU', 'Microsoft 365 куплен через EA вроде, мы direct', { service: 'license', partnerType: 'direct' }],
    ['ru-RU', 'Microsoft 365 куплен через EA или нет, не знаю', { service: 'license' }],
    ['zh-CN', '客户的 Microsoft 365 好像是通过 EA 买的', { service: 'license' }],
    ['pt-BR', 'o Microsoft 365 foi comprado via EA, acho.', { service: 'license' }],
    ['hu-HU', 'a Microsoft 365-öt EA-n keresztül vették, azt hiszem', { service: 'license' }],
  ]);
});

describe('kind: rambling, what "turned out" takes back what was said before it', () => {
  checkKind([
    ['en-US', 'they said EA but it turned out the licences came through Open Value', { channel: 'open', service: 'license' }],
    ['ru-RU', 'говорили про EA, но оказалось, что через Open Value', { channel: 'open' }],
    ['zh-CN', '客户说是 EA，结果发现是通过 Open Value 买的', { channel: 'open' }],
    ['pt-BR', 'falaram em EA, mas acontece que foi pelo Open Value', { channel: 'open' }],
    ['hu-HU', 'EA-t mondtak, de kiderült, hogy Open Value-n keresztül vették', { channel: 'open' }],
  ]);
});

describe('kind: rambling, the cloud said in a fragment or with words between', () => {
  checkKind([
    ['ru-RU', 'Облако у них обычное коммерческое, мы direct', { cloud: 'global', partnerType: 'direct' }],
    ['ru-RU', 'Azure через EA. Коммерческое. Мы direct', { cloud: 'global', channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'Dynamics 365, гос облако США', { cloud: 'usgov', service: 'license' }],
    ['ru-RU', 'облако — либо китайское, либо глобальное, второе', { cloud: 'global' }],
    ['ru-RU', 'Облако не глобальное, а китайское', { cloud: 'china' }],
  ]);
});

describe('kind: rambling, what was thought at first ("at first they said", «сначала думали») is taken back without a marker word', () => {
  checkKind([
    ['en-US', 'At first they said it was EA, then the finance team found the contract. We are direct.', { partnerType: 'direct' }],
    ['ru-RU', 'Сначала думали, что через EA, потом нашли договор — там другое. Мы direct.', { partnerType: 'direct' }],
    ['zh-CN', '一开始以为是通过 EA 买的，后来财务查了合同。我们是直签伙伴。', { partnerType: 'direct' }],
    ['pt-BR', 'No início achavam que era EA, depois o financeiro achou o contrato. Somos revenda direta.', { partnerType: 'direct' }],
    [
      'hu-HU',
      'Először azt gondolták, hogy EA-n keresztül vették, aztán a pénzügy megtalálta a szerződést. Mi direct partner vagyunk.',
      { partnerType: 'direct' },
    ],
    ['ru-RU', 'Сначала думали, что через EA, потом выяснилось, что через Open Value', { channel: 'open' }],
  ]);
});

describe("kind: rambling, a word that closes a doubt ('anyway', «в общем», '总之', 'enfim', 'mindegy') ends its reach", () => {
  checkKind([
    [
      'en-US',
      "The licences came through Open or maybe EA, they honestly don't remember, anyway it's the global cloud and we're direct.",
      { cloud: 'global', service: 'license', partnerType: 'direct' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Лицензии брали через Open или EA, они уже не помнят, в общем облако глобальное, мы direct.',
      { cloud: 'global', service: 'license', partnerType: 'direct' },
      ['channel'],
    ],
    [
      'zh-CN',
      '许可是通过 Open 还是 EA 买的，客户记不清了，总之是全球版，我们是直签伙伴。',
      { cloud: 'global', service: 'license', partnerType: 'direct' },
      ['channel'],
    ],
    [
      'pt-BR',
      'As licenças vieram pelo Open ou pelo EA, eles não lembram, enfim, nuvem global, somos parceiro direto.',
      { cloud: 'global', service: 'license', partnerType: 'direct' },
      ['channel'],
    ],
    [
      'hu-HU',
      'A licenceket Openen vagy EA-n keresztül vették, nem emlékeznek, mindegy, globális felhő, közvetlen partnerek vagyunk.',
      { cloud: 'global', service: 'license', partnerType: 'direct' },
      ['channel'],
    ],
  ]);
});

describe("kind: rambling, a doubted future set against the present ('might move eventually, but right now') gives the present", () => {
  checkKind([
    [
      'en-US',
      'They might want to move the Microsoft 365 seats to us eventually, but right now they want us to support them.',
      { service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Наверное, через год перенесут Microsoft 365 к нам, но пока нужна только поддержка.', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Microsoft 365 以后也许会迁到我们这边，但现在只要我们做运维。', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Talvez ano que vem migrem o Microsoft 365 pra gente, mas por enquanto só querem suporte.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Talán jövőre áthozzák hozzánk a Microsoft 365-öt, de egyelőre csak üzemeltetést kérnek.', { service: 'license', goal: 'support' }],
  ]);
});

describe('kind: rambling, an invoice checked replaces what the customer said', () => {
  checkKind([
    [
      'en-US',
      "They told us it came straight from Microsoft, then we checked the invoice and it's from another CSP. Office 365.",
      { channel: 'otherCsp', service: 'license' },
    ],
    ['ru-RU', 'Говорили, что купили напрямую у Microsoft, потом проверили счёт — там другой CSP. Office 365.', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户说是直接从微软买的，查了一下账单，是另一家 CSP 开的。Office 365。', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'Disseram que compraram direto da Microsoft, aí conferiram a fatura e é de outro CSP. Office 365.', { channel: 'otherCsp', service: 'license' }],
    [
      'hu-HU',
      'Azt mondták, közvetlenül a Microsofttól vették, aztán megnézték a számlát, és egy másik CSP-től van. Office 365.',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});

describe("kind: rambling, a history that ends in the current state ('so now', «так что теперь», '所以现在', 'então hoje', 'úgyhogy most') gives that state", () => {
  checkKind([
    [
      'en-US',
      "The Azure came through a third-party reseller, later they signed an EA and moved it over, so now it's all on the EA.",
      { channel: 'ea', service: 'usage' },
    ],
    ['ru-RU', 'Azure сначала покупали у стороннего продавца, в марте всё влили в EA, так что теперь всё через EA.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', 'Azure 原先是第三方卖的，签了 EA 之后全部并过去了，所以现在都在 EA 下面。', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O Azure era de uma revenda terceira, depois assinaram o EA e juntaram tudo, então hoje está tudo no EA.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Az Azure-t egy harmadik féltől vették, később jött az EA, úgyhogy most minden EA-n van.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: rambling, the ordinary Partner Center is the global cloud', () => {
  checkKind([
    ['en-US', 'We sit in the normal Partner Center, direct bill.', { cloud: 'global', partnerType: 'direct' }],
    ['ru-RU', 'Работаем в обычном Partner Center, мы direct.', { cloud: 'global', partnerType: 'direct' }],
    ['zh-CN', '我们用的是普通版合作伙伴中心，直签。', { cloud: 'global', partnerType: 'direct' }],
    ['pt-BR', 'A gente usa o Partner Center comum, somos diretos.', { cloud: 'global', partnerType: 'direct' }],
    ['hu-HU', 'A szokásos Partner Centert használjuk, közvetlen partnerek vagyunk.', { cloud: 'global', partnerType: 'direct' }],
  ]);
});

describe("kind: rambling, a count said roughly ('大概 80 个') is no doubt about an answer", () => {
  checkKind([['zh-CN', '大概 80 个 Microsoft 365 许可，是通过 EA 买的。', { channel: 'ea', service: 'license' }]]);
});

describe("kind: rambling, a correction the speaker doubts ('maybe we're actually…', «возможно, на самом деле», '也许其实', 'talvez na verdade', 'talán valójában') takes nothing back: both are asked", () => {
  checkKind([
    ['en-US', 'We are direct bill, maybe actually an indirect reseller.', {}, ['partnerType']],
    ['ru-RU', 'Мы direct, хотя, возможно, на самом деле мы непрямой реселлер.', {}, ['partnerType']],
    ['zh-CN', '我们是直签合作伙伴，不过也许其实是间接经销商。', {}, ['partnerType']],
    ['pt-BR', 'Somos diretos, mas talvez na verdade sejamos revenda indireta.', {}, ['partnerType']],
    ['hu-HU', 'Direct bill partner vagyunk, de talán valójában indirekt viszonteladók.', {}, ['partnerType']],
    // A doubt of the past, then a clarification, is a correction as before.
    ['ru-RU', 'EA или Open, сначала не знали, потом клиент уточнил: Open Value.', { channel: 'open' }],
  ]);
});

describe("kind: rambling, a mind changed ('changed their mind', «передумали», '改主意', 'mudaram de ideia', 'meggondolták') or a present after a past ('and now', «а сейчас», '而现在', 'e hoje', 'és azóta') replaces what was said", () => {
  checkKind([
    ['en-US', 'They asked us to move the Office 365 seats, then changed their mind, support only.', { service: 'license', goal: 'support' }],
    ['en-US', 'The Azure was on an EA until last year and now it sits with another CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Просили перенести Office 365 к нам, потом передумали, только сопровождение.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Azure был по EA до прошлого года, а теперь его продаёт другой CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '客户一开始要把 Office 365 迁移过来，又改主意了，只要支持。', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Azure 之前走 EA，而现在是在另一家 CSP 那里。', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Pediram pra migrar o Office 365, depois mudaram de ideia: só suporte.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'O Azure era pelo EA até o ano passado e hoje está com outro parceiro CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'Az Azure EA-n volt tavalyig, és azóta egy másik CSP-partnernél van.', { channel: 'otherCsp', service: 'usage' }],
    // A present that restates nothing changes nothing.
    ['en-US', 'They bought Azure through an EA and now want support.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe("kind: rambling, an invoice the speaker checked ('olhei a fatura') replaces what the customer said", () => {
  checkKind([['pt-BR', 'Ele disse que foi pelo EA, mas olhei a fatura e é de outro parceiro CSP.', { channel: 'otherCsp' }]]);
});

describe('kind: rambling, another customer or the parent company named in passing answers nothing of this case', () => {
  checkKind([
    [
      'en-US',
      'Our other customer is on an EA, but this one bought Azure straight from Microsoft. We are direct bill.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    [
      'en-US',
      'The parent company runs in the 21Vianet cloud; this customer is in the global cloud and bought Azure via Open.',
      { cloud: 'global', channel: 'open', service: 'usage' },
    ],
    [
      'ru-RU',
      'Материнская компания у них на EA, а этот клиент купил Azure напрямую у Microsoft. Мы прямой партнёр.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Другой клиент, с которым мы работаем, сидит в облаке 21Vianet. Этот клиент брал Azure по Open, облако глобальное.',
      { cloud: 'global', channel: 'open', service: 'usage' },
    ],
    [
      'zh-CN',
      '他们的母公司是 EA 客户，这个客户自己是直接从微软买的 Azure。我们是直接账单合作伙伴。',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    ['zh-CN', '另一个客户在世纪互联那边。这个客户的 Azure 是通过 Open 买的，全球版。', { cloud: 'global', channel: 'open', service: 'usage' }],
    [
      'pt-BR',
      'A matriz deles tem EA, mas esse cliente comprou o Azure direto da Microsoft. Somos parceiro direto.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      'O outro cliente é da nuvem da 21Vianet; esse aqui comprou o Azure via Open, nuvem global.',
      { cloud: 'global', channel: 'open', service: 'usage' },
    ],
    [
      'hu-HU',
      'Az anyavállalatuk EA-s, de ez az ügyfél közvetlenül a Microsofttól vette az Azure-t. Közvetlen partner vagyunk.',
      { channel: 'microsoft', service: 'usage', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'A másik ügyfelünk a 21Vianet felhőben van. Ez az ügyfél Open License-en vette az Azure-t, globális felhő.',
      { cloud: 'global', channel: 'open', service: 'usage' },
    ],
  ]);
});

describe('kind: rambling, the commercial cloud said after its noun or as a bare fragment', () => {
  checkKind([
    ['ru-RU', 'Azure по EA. Partner Center у нас коммерческий.', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Azure EA-n. Kereskedelmi Partner Centerben dolgozunk.', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['zh-CN', 'Azure 是通过 EA 买的。全球。', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: rambling, another customer named in passing with "our" inside its words answers nothing of this case', () => {
  checkKind([
    [
      'en-US',
      'Another customer of ours, Alpine, bought everything through syndication, just for context. This customer has Microsoft 365 through EA.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'ru-RU',
      'У другого нашего клиента всё куплено через партнёра по синдикации, это для контекста. А у этого клиента Microsoft 365 по EA.',
      { channel: 'ea', service: 'license' },
    ],
    ['zh-CN', '我们另一个客户全部通过联合销售购买，仅供参考。这个客户的 Microsoft 365 是通过 EA 买的。', { channel: 'ea', service: 'license' }],
    [
      'pt-BR',
      'Outro cliente nosso comprou tudo por sindicação, só para contexto. Esse cliente aqui tem Microsoft 365 pelo EA.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'hu-HU',
      'Egy másik ügyfelünk mindent szindikáción keresztül vett, csak a kontextus kedvéért. Ez az ügyfél a Microsoft 365-öt EA-n keresztül vette.',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});

describe('kind: rambling, Russian: «там другая история» sets aside the clause before it; «Partner Center обычный» is the global cloud', () => {
  checkKind([
    ['ru-RU', 'У тех Azure по EA, там другая история. У «Севера» Microsoft 365 по Open Value.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Подписки Microsoft 365 по Open. Partner Center обычный.', { cloud: 'global', channel: 'open', service: 'license' }],
    ['ru-RU', 'Partner Center у нас стандартный, Azure по EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: rambling, "but that is another customer" sets aside what was said of it', () => {
  checkKind([
    [
      'en-US',
      "Office 365 from a local reseller, 21Vianet Partner Center. Their sister company bought from 21Vianet, but that's a separate customer.",
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'ru-RU',
      'Office 365 у местного реселлера, партнёр-центр 21Vianet. У их дочки всё куплено у 21Vianet, но это другой клиент.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'zh-CN',
      'Office 365 是从本地经销商买的，21Vianet 合作伙伴中心。他们的姊妹公司是从世纪互联买的，但那是另一个客户。',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'pt-BR',
      'Office 365 de uma revenda local, Partner Center da 21Vianet. A empresa irmã comprou da 21Vianet, mas essa é outra empresa.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'hu-HU',
      'Office 365 egy helyi viszonteladótól, 21Vianet Partner Center. A testvércégük a 21Vianettől vett, de az egy másik ügyfél.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
  ]);
});

describe('kind: rambling, "our customer" after the parent company named in passing returns to this case', () => {
  checkKind([
    [
      'en-US',
      'Their parent company buys everything through EA, but our customer is the local subsidiary, and it bought Microsoft 365 directly from Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'ru-RU',
      'Их материнская компания покупает всё по EA, но наш клиент — дочка, и она купила Microsoft 365 сама, напрямую у Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['zh-CN', '他们的母公司全部通过EA购买，但我们的客户是子公司，它直接从微软购买了Microsoft 365。', { channel: 'microsoft', service: 'license' }],
    [
      'pt-BR',
      'A matriz deles compra tudo pelo EA, mas o nosso cliente é a subsidiária, que comprou o Microsoft 365 direto da Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'hu-HU',
      'Az anyavállalatuk mindent EA-n keresztül vesz, de a mi ügyfelünk a leányvállalat, amely közvetlenül a Microsofttól vette a Microsoft 365-öt.',
      { channel: 'microsoft', service: 'license' },
    ],
  ]);
});

describe('kind: rambling, a doubt the speaker confirms at once ("probably EA, yes, EA") states the answer', () => {
  checkKind([
    ['en-US', 'Probably EA, yes, EA, I saw the contract. Azure.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Вроде EA, да, EA, я видел договор. Azure.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '应该是 EA，对，EA，我看过合同。Azure。', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Acho que EA, sim, EA, eu vi o contrato. Azure.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Asszem EA, igen, EA, láttam a szerződést. Azure.', { channel: 'ea', service: 'usage' }],
  ]);
  // A "yes" that names nothing again leaves the doubt: asked by name.
  checkDoubted([['en-US', 'Probably EA, yes, I think so. Azure.', { service: 'usage' }, { channel: 'ea' }]]);
});

describe('kind: rambling, a doubt after a comma that runs on into its own words ("Office 365, probably bought via…") doubts what follows, not the answer before', () => {
  checkDoubted([
    [
      'en-US',
      "Customer's on Office 365, probably bought through the Advisor program. They want us to support it.",
      { service: 'license', goal: 'support' },
      { channel: 'advisor' },
    ],
    ['en-US', 'They run Dynamics 365, maybe through an EA, nobody remembers.', { service: 'license' }, { channel: 'ea' }],
    [
      'ru-RU',
      'Клиент сидит на Office 365, вроде бы куплен через программу Advisor. Нужна поддержка.',
      { service: 'license', goal: 'support' },
      { channel: 'advisor' },
    ],
    [
      'pt-BR',
      'O cliente tem Office 365, provavelmente comprado pelo programa Advisor. Querem suporte.',
      { service: 'license', goal: 'support' },
      { channel: 'advisor' },
    ],
    ['pt-BR', 'Eles usam Dynamics 365, talvez via EA.', { service: 'license' }, { channel: 'ea' }],
    ['hu-HU', 'Az ügyfélnek Office 365-e van, talán EA-n keresztül vették. Támogatást kérnek.', { service: 'license', goal: 'support' }, { channel: 'ea' }],
    ['zh-CN', '客户用的是 Office 365，可能是通过 Advisor 计划买的。需要支持。', { service: 'license', goal: 'support' }, { channel: 'advisor' }],
    // Closing its clause, the doubt is still about the answer before it.
    ['en-US', 'Dynamics 365 through EA, I think. They want support.', { service: 'license', goal: 'support' }, { channel: 'ea' }],
    ['ru-RU', 'Dynamics 365 через EA, кажется. Нужна поддержка.', { service: 'license', goal: 'support' }, { channel: 'ea' }],
  ]);
});

describe('kind: rambling, a side remark set aside in other words ("forget it", "don\'t mix them up", "another department\'s") answers nothing', () => {
  const said = { channel: 'otherCsp', service: 'usage', partnerType: 'direct' } as const;
  checkKind([
    ['en-US', "They have Azure from another CSP. They also mentioned Microsoft 365 but that's their sister's, forget it. We're T1.", said],
    ['en-US', "They have Azure from another CSP; a different customer of mine is on EA, don't mix them up. We're T1.", said],
    ['en-US', "They have Azure from another CSP. The Dynamics 365 is another department's. We're T1.", said],
    ['ru-RU', 'У них Azure от другого CSP. Про Dynamics 365 забудьте, это у другого отдела. Мы T1.', said],
    ['ru-RU', 'У них Azure от другого CSP. У коллеги клиент на EA, только не перепутайте. Мы T1.', said],
    ['zh-CN', '客户的 Azure 是从另一家 CSP 买的。Dynamics 365 是另一个部门的。我们是 T1。', said],
    ['pt-BR', 'O cliente tem Azure de outro parceiro CSP. O Dynamics 365 é de outro departamento. Somos T1.', said],
    ['hu-HU', 'Az ügyfél Azure-ja egy másik CSP partnertől van, a Dynamics 365 egy másik részlegé. T1-esek vagyunk.', said],
  ]);
});

describe('kind: rambling, "the customer corrected him:" («клиент исправил», "客户纠正了", "o cliente corrigiu", "az ügyfél kijavította") takes back what was said before', () => {
  const said = { channel: 'microsoft', service: 'usage' } as const;
  checkKind([
    [
      'en-US',
      'The account manager told them they were on the Advisor program, but the customer corrected him: they bought Azure straight from Microsoft.',
      said,
    ],
    ['ru-RU', 'Менеджер сказал, что они в программе Advisor, но клиент исправил: Azure куплен напрямую у Microsoft.', said],
    ['zh-CN', '经理说他们走的是 Advisor 计划，客户纠正了：Azure 是直接从微软买的。', said],
    ['pt-BR', 'O gerente disse que era pelo programa Advisor, mas o cliente corrigiu: comprou o Azure direto da Microsoft.', said],
    ['hu-HU', 'A menedzser szerint az Advisor programon keresztül vették, de az ügyfél kijavította: az Azure-t közvetlenül a Microsofttól vették.', said],
  ]);
});

describe('kind: rambling, the commercial Partner Center in Chinese ("商业版合作伙伴中心") is the global cloud', () => {
  checkKind([
    ['zh-CN', '商业版合作伙伴中心。客户从另一家 CSP 买的 Azure。', { cloud: 'global', channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '我们在商业版的 Partner Center。Azure 走 EA。', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: rambling, an aside opened as unrelated ("unrelated, but", «не по теме», "题外话", "nada a ver", "teljesen független") answers nothing of this case', () => {
  checkKind([
    [
      'en-US',
      "Customer bought Microsoft 365 from Microsoft directly. Unrelated, but the Woodgrove renewal is on an EA. We're direct bill.",
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Клиент купил Microsoft 365 напрямую у Microsoft. Совсем не по теме: у Woodgrove продление по EA. Мы direct.',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    [
      'zh-CN',
      '客户的 Microsoft 365 是直接从微软买的。题外话，Woodgrove 的续约走的是 EA。我们是 T1。',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      'O cliente comprou o Microsoft 365 direto da Microsoft. Nada a ver, mas a renovação da Woodgrove é por EA. Somos T1.',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'Az ügyfél közvetlenül a Microsofttól vette a Microsoft 365-öt. Teljesen független: a Woodgrove megújítása EA-n megy. Mi T1 vagyunk.',
      { channel: 'microsoft', service: 'license', partnerType: 'direct' },
    ],
  ]);
});

describe('kind: rambling, another call\'s customer ("the Open customer from this morning", «вчерашний клиент», "昨天那个客户", "o cliente de ontem", "a tegnapi EA-s ügyfél") answers nothing of this case', () => {
  checkKind([
    ['en-US', 'Office 365 came from another CSP partner. The Open customer from this morning, I sent his quote.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Office 365 куплен у другого CSP-партнёра. Вчерашний клиент с EA, кстати, перезвонил.', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', 'Office 365 是从别的 CSP 合作伙伴买的。昨天那个 EA 客户已经回电话了。', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'O Office 365 veio de outro parceiro CSP. O cliente de ontem, aquele do EA, já retornou.', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt egy másik CSP partnertől vették. A tegnapi EA-s ügyfél egyébként visszahívott.', { channel: 'otherCsp', service: 'license' }],
    // Said of a product ("yesterday's M365 one"), in Hungarian.
    ['hu-HU', 'Az Azure-t EA-n vették. A tegnapi M365-öst holnap hívom vissza.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: rambling, another deal ("that\'s a different deal", "not part of this one", «другая сделка», "那是另一笔交易", "outro negócio", "az más sztori") is set aside', () => {
  checkKind([
    [
      'en-US',
      "Visio licences came through Open Value, they also asked about an EA quote but that's a different deal.",
      { channel: 'open', service: 'license' },
    ],
    ['en-US', 'Microsoft 365 from Microsoft directly, they asked about Azure backup too, not part of this one', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Visio куплен через Open Value, еще спрашивали про EA, но это другая сделка.', { channel: 'open', service: 'license' }],
    ['zh-CN', 'Visio 是通过 Open Value 买的，他们还问了 EA，那是另一笔交易。', { channel: 'open', service: 'license' }],
    ['pt-BR', 'O Visio veio pelo Open Value, perguntaram de EA também, mas isso é outro negócio.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'A Visio licenceket Open Value-n vették, EA-ról is kérdeztek, de az más sztori.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'A Visio licenceket Open Value-n vették, volt egy EA ajánlat is, de az nem játszik.', { channel: 'open', service: 'license' }],
  ]);
});

describe('kind: rambling, another product kept apart ("don\'t confuse it with their M365", «не путайте его с», "别把它和", "não confunda com", "azt ne keverjük ide") answers nothing', () => {
  checkKind([
    ['en-US', "Azure bought through an EA, don't confuse it with their Microsoft 365, which is already with us.", { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Azure куплен через EA, не путайте его с их Microsoft 365, он уже у нас.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', 'Azure 是通过 EA 买的，别把它和他们的 Microsoft 365 搞混，那个已经在我们这边了。', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O Azure foi comprado via EA, não confunda com o Microsoft 365 deles, que já é com a gente.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Az Azure-t EA-n keresztül vették. A Microsoft 365-jük már nálunk van, azt ne keverjük ide.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: rambling, an office that is a place ("the county clerk\'s office", "head office", «в новом офисе») is not Office', () => {
  checkKind([
    ['en-US', "The customer is the county clerk's office, they run Azure VMs bought through an EA.", { channel: 'ea', service: 'usage' }],
    ['en-US', 'Their head office signed the EA for the Azure subscriptions.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'The office manager says the Azure came through an EA.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'В головном офисе сказали, что Azure куплен через EA.', { channel: 'ea', service: 'usage' }],
    // Guards: the other languages' words for an office are no product name.
    ['zh-CN', '客户办公室的同事说 Azure 是通过 EA 买的。', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O escritório central disse que o Azure veio pelo EA.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'A központi iroda szerint az Azure-t EA-n vették.', { channel: 'ea', service: 'usage' }],
    // The product keeps its name.
    ['en-US', "The customer's Office 365 came through an EA.", { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: rambling, a channel said only as a possibility ("possibly", "esetleg", "lehet, hogy", "pode ser que", "或许") is asked about, not taken', () => {
  checkDoubted([
    ['en-US', 'the customer says possibly EA, the paperwork is with their finance team', {}, { channel: 'ea' }],
    ['ru-RU', 'клиент говорит, возможно, EA, документы у их бухгалтерии', {}, { channel: 'ea' }],
    ['zh-CN', '客户说或许是EA，合同在他们财务那边', {}, { channel: 'ea' }],
    ['pt-BR', 'o cliente falou que pode ser que seja EA, os papéis estão com o financeiro', {}, { channel: 'ea' }],
    ['hu-HU', 'az ügyfél szerint esetleg EA, a papírok a pénzügyön vannak', {}, { channel: 'ea' }],
    ['hu-HU', 'lehet, hogy EA, a papírok a pénzügyön vannak', {}, { channel: 'ea' }],
  ]);
});
