// Text recognition of a screenshot misreads letters: a capital I for a small l ("GIobal"), a small
// l for a capital I at a word's start ("lndirect"), a zero for an O ("0pen"), an I for a one after
// a digit ("2IVianet"). Such a word is read as the lexicon word only when the word as written is none.
import { checkKind } from './kindCheck';

describe('letters misread by text recognition in a screenshot', () => {
  checkKind([
    ['en-US', 'Screenshot text from our profile:\nOrganisation type: lndirect provider\nthat is our company', { partnerType: 'indirectProvider' }],
    ['en-US', 'Scanned invoice line: Exchange Online Plan 1, bought under 0pen Value', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Распознанный скриншот профиля, это мы:\nТип партнёра: lndirect reseIler', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Скан из их портала: тенант обслуживает 2IVianet, подписки Azure, 4 шт.', { cloud: 'china', service: 'usage' }],
    ['zh-CN', '截图识别结果：我们的合作伙伴类型 lndirect reseIler', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Texto do print do nosso perfil, somos nós:\nTipo: Revendedor lndireto', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'A képernyőkép szövege, ez a mi cégünk:\nTípus: KözvetIen számlázású partner', { partnerType: 'direct' }],
    // A word known as written keeps its reading: a name with a capital inside is no misread letter.
    ['en-US', 'The customer found us on LinkedIn and buys Visio through Open Value', { channel: 'open', service: 'license' }],
  ]);
});
