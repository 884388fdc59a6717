// Kind "variant": Traditional Chinese, European Portuguese, Hungarian without accents and
// Cyrillic look-alike letters inside product names.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: variant (language variants and writing)', () => {
  checkKind([
    ['en-US', 'О365 via ЕА, we are T1', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    ['ru-RU', 'О365 куплен через ЕА', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客戶的 Office 365 是透過 EA 購買的，我們是一級合作夥伴。', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    [
      'pt-BR',
      'Somos revendedor indirecto; o Azure foi adquirido directamente à Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'Mi indirekt szolgaltato vagyunk, az Azure-t kozvetlenul a Microsofttol vettek.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});

describe('kind: variant, European Portuguese forms and a name with a Hungarian case ending', () => {
  checkKind([
    ['pt-BR', 'Estamos a tratar de um cliente com Office 365. Somos parceiro de faturação directa.', { service: 'license', partnerType: 'direct' }],
    ['pt-BR', 'O cliente quer passá-las para nós, são subscrições do Office 365.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Azure-t a GoDaddytől vették.', { channel: 'syndication', service: 'usage' }],
  ]);
});

describe('kind: variant, the Partner Center named first and then said to be global', () => {
  checkKind([
    ['en-US', 'Our partner centre is global. They bought Azure through an EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Партнерский центр у нас обычный, глобальный. Azure куплен по EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['zh-CN', '我们的合作伙伴中心是全球版的，Azure 是通过 EA 买的。', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Partner Center padrão, o global. Compraram o Azure via EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['hu-HU', 'A partnerközpontunk a globális. Az Azure-t EA-n vették.', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: variant, one script per word (look-alike letters of the other alphabet)', () => {
  checkKind([
    // Latin look-alikes inside Russian words («прямoй пaртнёр» with a Latin o and a).
    ['ru-RU', 'Клиент купил Office 365 у другого CSP, мы прямoй пaртнёр', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    // An acronym in capitals typed on the Cyrillic layout («РС» for PC).
    ['ru-RU', 'Клиент купил Office 365 у другого CSP, глобальный РС', { cloud: 'global', channel: 'otherCsp', service: 'license' }],
    // Cyrillic look-alikes inside Latin words.
    ['en-US', 'Office 365 is from another CSP, we are a dіrect bіll partner', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    ['pt-BR', 'Office 365 de outro parceiro CSP, somos pаrceiro direto', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    ['hu-HU', 'Office 365 egy másik CSP-től, direkt pаrtner vagyunk', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    ['zh-CN', '客户的 Оffice 365 是从别的 CSP 买的，我们是直签伙伴', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    // A Russian word in lower case is left alone («он» is no "oh").
    ['ru-RU', 'клиент на ЕА, он сам купил Azure', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: variant, the Partner Center and the cloud named in the local way', () => {
  checkKind([
    // «партнер центр» is the product's name written in Cyrillic, before or after "global".
    ['ru-RU', 'Office 365 от другого CSP, глобальный партнер центр', { cloud: 'global', channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Office 365 от другого CSP, партнер-центр глобальный', { cloud: 'global', channel: 'otherCsp', service: 'license' }],
    // European Portuguese says "cloud" where Brazilian says "nuvem".
    ['pt-BR', 'O Azure foi comprado a outro parceiro CSP. Partner Center da cloud comercial.', { cloud: 'global', channel: 'otherCsp', service: 'usage' }],
  ]);
});

describe('kind: variant, a Taiwan and Hong Kong word for the mainland one (透過 for 通过)', () => {
  checkKind([
    [
      'zh-CN',
      '客戶的 Office 365 是透過世紀互聯購買的，我們是直接帳單合作夥伴。',
      { cloud: 'china', channel: 'vianet', service: 'license', partnerType: 'direct' },
    ],
    ['zh-CN', '客戶的 Azure 是透過世紀互聯買的', { cloud: 'china', channel: 'vianet', service: 'usage' }],
  ]);
});

// A product whose name is an ordinary word of the message's language: Portuguese "entra" (enters)
// is the verb unless "Microsoft" comes before it or "ID"/"P1"/"P2" after it.
describe('kind: variant, a product name that is also a word of the language', () => {
  checkKind([
    ['pt-BR', 'O cliente comprou o Azure direto da Microsoft; o técnico entra na chamada agora.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Quem entra como parceiro é a gente. Azure comprado direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Eles têm Entra ID P1 pelo Open.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'Licenças do Microsoft Entra compradas direto da Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});

describe('kind: variant, Russian typed in Latin letters is read as Russian; other languages stay as they are', () => {
  checkKind([
    [
      'ru-RU',
      'zakazchik kupil Office 365 napryamuyu, my nepryamoy postavshchik',
      { channel: 'microsoft', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['ru-RU', 'klient bral Azure u drugogo CSP partnera, oblako kommercheskoe', { cloud: 'global', channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'oni khotyat perenesti podpiski k nam, my pryamoy partner', { goal: 'move', partnerType: 'direct' }],
    // Latin-script languages, and Chinese around Latin names, are not taken for transliterated Russian.
    [
      'en-US',
      'my colleague says the client bought Azure from another CSP partner, we are direct bill',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    ['zh-CN', '客户从别的 CSP 合作伙伴买的 Azure，我们是直接计费', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['pt-BR', 'o cliente comprou Azure de outro parceiro CSP, somos parceiro direto', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    [
      'hu-HU',
      'az ügyfél egy másik CSP partnertől vette az Azure-t, közvetlen partner vagyunk',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});

describe('kind: variant, Russian typed in Latin letters with "sh" for «щ» is read as Russian; other languages stay as they are', () => {
  checkKind([
    [
      'ru-RU',
      'zakazchik bral Azure u drugogo CSP partnera, my nepryamoy postavshik',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'en-US',
      'the shop bought Azure from another CSP partner, we are an indirect provider',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    ['zh-CN', '客户从别的 CSP 伙伴买的 Azure，我们是间接提供商', { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' }],
    [
      'pt-BR',
      'a loja comprou Azure de outro parceiro CSP, somos provedor indireto',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'hu-HU',
      'a bolt egy másik CSP partnertől vette az Azure-t, közvetett szolgáltató vagyunk',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});

describe('kind: variant, Partner Center written "PC", a role said without its article, Hungarian without accents', () => {
  checkKind([
    [
      'en-US',
      'We are indirect reseller, buying through distributor Ingram. Office 365 from Microsoft directly.',
      { channel: 'microsoft', service: 'license', partnerType: 'indirectReseller' },
    ],
    // Guards: "PC" was read already in these three.
    ['en-US', 'global PC, Office 365', { cloud: 'global', service: 'license' }],
    ['ru-RU', 'глобальный PC, Office 365', { cloud: 'global', service: 'license' }],
    ['zh-CN', '商业版 PC，Office 365', { cloud: 'global', service: 'license' }],
    ['pt-BR', 'PC comercial, Office 365', { cloud: 'global', service: 'license' }],
    ['hu-HU', 'globalis PC, office 365, mi direktek vagyunk', { cloud: 'global', service: 'license', partnerType: 'direct' }],
    ['hu-HU', 'kereskedelmi PC, az office 365-ot kozvetlenul a microsofttol vettek', { cloud: 'global', channel: 'microsoft', service: 'license' }],
  ]);
});

describe('kind: variant, a filler word of one language is a word of another: Portuguese "né" is dropped, Hungarian "ne" (do not) stays', () => {
  checkKind([
    // A guard: "né" closing a phrase is still a filler.
    ['pt-BR', 'O cliente, né, comprou o Office 365 via EA, né?', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt ne vigyük át hozzánk.', { service: 'license' }],
    ['hu-HU', 'Az Azure-t EA-n vették. Az Office 365-jük már nálunk van, azt ne keverjük ide.', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('kind: variant, Hungarian "21Vianetes" (the 21Vianet one) before the Partner Center or the cloud is the China cloud', () => {
  checkKind([
    ['hu-HU', '21Vianetes Partner Center, Office 365.', { cloud: 'china', service: 'license' }],
    ['hu-HU', 'A 21Vianetes felhőben van az Azure.', { cloud: 'china', service: 'usage' }],
  ]);
});

// European Portuguese spells "directo", "indirecto", "facturação", "registo" and doubts with
// "não tenho a certeza", "se calhar": read as the Brazilian words, so a doubt is not a statement
// and "directo ou indirecto" is the partner unsure of its role, not an indirect provider.
describe('kind: variant, European Portuguese spellings and doubts', () => {
  checkKind([
    ['pt-BR', 'Não temos a certeza se somos parceiro directo ou fornecedor indirecto.', {}, ['partnerType']],
    [
      'pt-BR',
      'Somos parceiro directo, nuvem comercial, o cliente comprou Office 365 pelo EA.',
      { cloud: 'global', channel: 'ea', service: 'license', partnerType: 'direct' },
    ],
    ['pt-BR', 'Queremos passar a ser o parceiro de registo do Office 365.', { service: 'license', goal: 'move' }],
  ]);
  checkDoubted([
    ['pt-BR', 'Se calhar foi pelo EA, o Office 365.', { service: 'license' }, { channel: 'ea' }],
    ['pt-BR', 'Não tenho a certeza se foi pelo EA.', {}, { channel: 'ea' }],
  ]);
});

// Traditional Chinese words of correcting and doubting ("其實", "說錯了", "覺得") are read as their
// Simplified forms; unread, the answer they take back or doubt stood.
describe('kind: variant, Traditional Chinese corrections and doubts', () => {
  checkKind([
    ['zh-CN', '客戶的 Office 365 是透過 EA 買的。其實是 Open。', { channel: 'open', service: 'license' }],
    ['zh-CN', '客戶的 Office 365 是透過 EA 買的。說錯了，是 Open。', { channel: 'open', service: 'license' }],
  ]);
  checkDoubted([['zh-CN', '客戶覺得是直接從微軟買的。', {}, { channel: 'microsoft' }]]);
});
