// Kind "typo", typed in a hurry: the slips a colleague on the call reads at once, each a
// mechanism of tolerance.ts (a number run into a misspelt word, a letter typed twice after a
// stem, a short word without its vowels, two words without the space between them, a product
// code typed on the Russian layout, a Chinese first character of the same sound), and the near
// misses that must stay unread: a wrong reading is worse than none.
import { checkKind } from './kindCheck';

describe('hurried typing: a number run into a misspelt word, before it as after it', () => {
  checkKind([
    ['en-US', 'the customer bought Office 365 from 21vinaet, they need support', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    ['ru-RU', 'клиент купил Office 365 у 21vinaet, нужна поддержка', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    ['zh-CN', '客户从21vinaet买的Office 365，要支持', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    ['pt-BR', 'o cliente comprou o Office 365 da 21vinaet, quer suporte', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    ['hu-HU', 'az ügyfél a 21vinaet-től vette az Office 365-öt, támogatást kér', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
  ]);
});

describe('hurried typing: a letter typed twice in a word that begins like a lexicon word', () => {
  checkKind([
    ['en-US', 'we are direcct bill, the customer has Azure under an EA', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '我们是direcct bill合作伙伴，客户的Azure是EA买的', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['pt-BR', 'estamos no partner center comerrcial, Azure via EA', { cloud: 'global', channel: 'ea', service: 'usage' }],
    // A form of a stem is no typo: "partnerrel" is no "partner" typed twice, "directamente" is no "direct".
    ['hu-HU', 'a Microsoft 365-öt egy másik CSP partnerrel vették', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'o cliente comprou o Azure directamente à Microsoft', { channel: 'microsoft', service: 'usage' }],
  ]);
});

describe('hurried typing: a short word typed without its vowels', () => {
  checkKind([
    ['en-US', 'they want us to take ovr billing for Office 365', { service: 'license', goal: 'move' }],
    // Two lexicon words fit "frm" (from, firm) and "wnt" (want, went, wont): neither is read.
    ['en-US', 'the customer wnt us to take the Azure frm the EA', { channel: 'ea', service: 'usage' }],
    // An acronym in capitals is no word without its vowels ("USD" is not "used").
    ['en-US', 'they pay in USD, Azure under an EA', { channel: 'ea', service: 'usage' }],
    // Two words of the message's language fit "els" (eles, elas): neither is read.
    ['pt-BR', 'els compraram o Azure de outro parceiro CSP', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'az ügyfél csk támogatást kér az Office 365-höz, nem akarja áthozni', { service: 'license', goal: 'support' }],
  ]);
});

describe('hurried typing: two lexicon words typed without the space between them', () => {
  checkKind([
    ['en-US', "we're in the global partnercenter, the customer has Azure under an EA", { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['zh-CN', '客户通过enterpriseagreement买的Azure', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'estamos no partnercenter comercial, o cliente tem Azure via EA', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['hu-HU', 'az ügyfél globális partnercenter, Azure EA-n', { cloud: 'global', channel: 'ea', service: 'usage' }],
    // Short parts are endings, not words: "partnerként" is no "partner" + "kent".
    ['hu-HU', 'még Advisor partnerként adtuk el nekik, kínai felhő, Microsoft 365', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
  ]);
});

describe('hurried typing: a product code typed on the Russian layout', () => {
  checkKind([
    ['ru-RU', 'м365 брали у другого CSP партнера, нужна поддержка', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['ru-RU', 'клиент купил м365 по EA', { channel: 'ea', service: 'license' }],
    // A Russian word of look-alike letters carries no digits and stays as it is («мама» is no "mama").
    ['ru-RU', 'клиент купил Azure по EA, мама не горюй', { channel: 'ea', service: 'usage' }],
  ]);
});

describe('hurried typing: the first Chinese character of a term picked by its sound', () => {
  checkKind([
    // 帐 for 账: a character of the same sound the lexicons do not write.
    ['zh-CN', '客户要我们接管帐单，Office 365 是从别的 CSP 买的', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['zh-CN', '客户想让我们带管 Office 365，是从别的 CSP 买的', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    // 卖 is a character the lexicons write (and a word of its own): never a typo of 买.
    ['zh-CN', 'Azure 是从微软直接买的', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '别的 CSP 卖的 Office 365，客户要支持', { channel: 'otherCsp', service: 'license', goal: 'support' }],
  ]);
});

describe('hurried typing: Chinese key words typed in pinyin', () => {
  checkKind([
    ['zh-CN', '客户的Office 365是从别的CSP买的，只要zhichi', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    [
      'zh-CN',
      '客户的 Office 365 是从 shijihulian 买的，要 qianyi 到我们这边，我们是 fenxiaoshang',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'move', partnerType: 'indirectProvider' },
    ],
    [
      'zh-CN',
      'Office 365 从别的 CSP 买的 我们是jingxiaoshang 客户要 zhi chi',
      { channel: 'otherCsp', service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
    // One syllable alone is no word ("zhi" may be 只, 支, 直…).
    ['zh-CN', 'Office 365 从别的 CSP 买的，客户 zhi 要 chi', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('hurried typing: product and program names spelt in Cyrillic', () => {
  checkKind([
    ['ru-RU', '21вианет пц, клиент купил О365 у 21вианет, нужна поддержка', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    ['ru-RU', 'ажур брали через эдвайзер программу', { channel: 'advisor', service: 'usage' }],
    ['ru-RU', 'эксчендж онлайн купили у другого CSP партнера, нужен только саппорт', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['ru-RU', 'у клиента open лицензия на Office 365, хотят перенести подписки к нам', { channel: 'open', service: 'license', goal: 'move' }],
    // A licence alone is no Open License.
    ['ru-RU', 'лицензии Office 365 купили у другого CSP партнера', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('hurried typing: the short spellings of chat', () => {
  checkKind([
    // "thru" is "through" wherever the lexicon says "through".
    [
      'en-US',
      'we are a reseller thru distributor, the customer got Azure from another CSP',
      { channel: 'otherCsp', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});

describe('hurried typing: a negation typed without a pause before the next mention', () => {
  checkKind([
    // "不是" right after Office 365 and right before EA negates EA, not the product.
    ['zh-CN', '客户open value买的Office 365不是EA，要支持', { channel: 'open', service: 'license', goal: 'support' }],
    ['zh-CN', '美国政府云，open licensing买的azure不是ea', { cloud: 'usgov', channel: 'open', service: 'usage' }],
    // With a pause after it, the negation is still the mention's before it.
    ['zh-CN', '客户的Office 365是EA不是，是open value买的', { channel: 'open', service: 'license' }],
    ['en-US', 'Is it EA? no, Open Value. Office 365, they want support', { channel: 'open', service: 'license', goal: 'support' }],
    ['en-US', 'EA? no - Open Value, Office 365', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Office 365 по EA, переносить не хотят, нужна поддержка', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
