// Kind "notButY": "not X but Y" on every question; the negation belongs to the question the
// next clause answers again.
import { checkKind } from './kindCheck';

describe('kind: notButY (the negated answer gives way to the one after it)', () => {
  checkKind([
    ['en-US', 'not EA but Open Value', { channel: 'open' }],
    ['en-US', "it's not the China cloud, it's the global one", { cloud: 'global' }],
    ['ru-RU', 'не глобальное облако, а облако для госструктур США', { cloud: 'usgov' }],
    ['ru-RU', 'Office 365 купили не у другого CSP, а напрямую у Microsoft', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', 'Office 365 不是从其他 CSP 买的，是通过 EA 买的', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'não comprou o Office 365 com outro CSP, comprou direto da Microsoft', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Nem a kínai felhő, hanem a globális.', { cloud: 'global' }],
    ['hu-HU', 'nem áthozni akarják, hanem csak támogatást kérnek', { goal: 'support' }],
  ]);
});

describe('kind: notButY, a cloud named after its noun ("the cloud of China") is one mention: the negation before the noun reaches it', () => {
  checkKind([
    ['en-US', "It is not in the cloud of China, it's the global one.", { cloud: 'global' }],
    ['pt-BR', 'Correção: não é a nuvem da China. Office 365.', { service: 'license' }],
    ['pt-BR', 'não está na nuvem da China, está na global', { cloud: 'global' }],
    ['ru-RU', 'Это не в облаке для Китая, а в глобальном.', { cloud: 'global' }],
    ['zh-CN', '不是中国的云，是全球版。', { cloud: 'global' }],
    ['hu-HU', 'Nem a Kína felhőjében van, hanem a globális felhőben.', { cloud: 'global' }],
  ]);
});

describe('kind: notButY, "not the distributor but the reseller" names the role without "we are"', () => {
  checkKind([
    ['en-US', "We're not the distributor here, but the reseller that buys from one. Office 365.", { service: 'license', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы не дистрибьютор, а реселлер, который у него закупает. Office 365.', { service: 'license', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们不是分销商，而是从分销商采购的经销商。Office 365。', { service: 'license', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Não somos o distribuidor, mas a revenda que compra dele. Office 365.', { service: 'license', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Nem disztribútor vagyunk, hanem viszonteladó, aki tőle vásárol. Office 365.', { service: 'license', partnerType: 'indirectReseller' }],
    // A reseller named without a negated role before it is another party: the partner's own role stands.
    ['en-US', 'We are T1, but the reseller handles billing', { partnerType: 'direct' }],
  ]);
});

describe('kind: notButY, a negation reaches what its verb governs and stops at a dash', () => {
  checkKind([
    // A negation does not reach across a dash to the goal stated after it.
    ['en-US', 'They don’t want to wait – they want to move the Microsoft 365 seats to us now.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Várni nem akarnak – most rögtön át akarják hozni hozzánk az Office 365-öt.', { service: 'license', goal: 'move' }],
    // A negated verb of buying reaches the channel it governs.
    [
      'en-US',
      'We did not buy these through our EA after all, the licenses were purchased directly from Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['pt-BR', 'Eles não compraram as assinaturas pelo EA, compraram direto da Microsoft.', { channel: 'microsoft' }],
    // A negation after the goal's verb and its object («переводить лицензии к нам не планируют»).
    [
      'ru-RU',
      'Переводить лицензии к нам не планируют — нужна только поддержка. Microsoft 365 куплен у другого CSP.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    // A gloss in brackets is inside the clause its word is in: the negation reaches it.
    ['zh-CN', '客户的许可证不是从联合销售（syndication）伙伴买的，是从别的 CSP 买的。', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('kind: notButY, a negation ends at a word that joins the next clause', () => {
  checkKind([
    ['en-US', 'It’s not a CSP and they just want support for Office 365.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Это не CSP и им нужна только поддержка Office 365.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Nem CSP és csak támogatást kérnek az Office 365-höz.', { service: 'license', goal: 'support' }],
    // A joining word of another language is an ordinary word here ("de" is "of" in Portuguese, "but" in Hungarian).
    [
      'pt-BR',
      'Compraram numa loja que não é CSP nem parceiro de syndication. Office 365, só suporte.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['zh-CN', 'Office 365 是在一家店买的，那家店不是 CSP，客户只要我们支持。', { channel: 'thirdParty', service: 'license', goal: 'support' }],
  ]);
});

describe('kind: notButY, the negation of "not X but Y" stops at its "but", also when X is only "that"', () => {
  checkKind([
    ['en-US', 'not on that one but on open value', { channel: 'open' }],
    ['ru-RU', 'не на том, а через open value', { channel: 'open' }],
    ['zh-CN', '不是那个而是通过 Open Value 买的', { channel: 'open' }],
    ['pt-BR', 'não naquele, mas pelo open value', { channel: 'open' }],
    ['hu-HU', 'az ügyfél nem is azon vette hanem open value-n', { channel: 'open' }],
  ]);
});

describe('kind: notButY, "we are not X but Y" about the partner\'s role: the "not" stays outside the role\'s words', () => {
  checkKind([
    ['en-US', "We're not a reseller but a direct partner.", { partnerType: 'direct' }],
    ['ru-RU', 'Мы не реселлер, а прямой партнёр по CSP.', { partnerType: 'direct' }],
    ['zh-CN', '我们不是经销商，而是直接合作伙伴。', { partnerType: 'direct' }],
    ['pt-BR', 'Não somos revenda, e sim parceiro direto.', { partnerType: 'direct' }],
    ['hu-HU', 'Nem viszonteladók vagyunk, hanem közvetlen partner.', { partnerType: 'direct' }],
  ]);
});

describe('kind: notButY, a negated phrase named by two words of one answer ("not the Office licences") is negated as a whole', () => {
  checkKind([
    ['en-US', "Not the Office licenses, it's the Azure subscription.", { service: 'usage' }],
    ['ru-RU', 'Не лицензии Office, а Azure.', { service: 'usage' }],
    ['zh-CN', '不是 Office 的许可证，而是 Azure 订阅。', { service: 'usage' }],
    ['pt-BR', 'Não são as licenças do Office, é o Azure.', { service: 'usage' }],
    ['hu-HU', 'Nem az Office-licencekről van szó, hanem az Azure-ról.', { service: 'usage' }],
  ]);
});
