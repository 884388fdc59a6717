// A value followed by words saying it is outdated ("– that's outdated", «но это устарело», "这已经过时了",
// "mas isso está desatualizado", "de ez már nem aktuális") is taken back, as "that's wrong" is: the
// value said after it answers. A value said to be still right keeps its reading.
import { checkKind } from './kindCheck';

describe('a value said to be outdated is taken back', () => {
  checkKind([
    ['en-US', "Email footer still reads 'Tier 1 partner' – that's outdated. We're an indirect reseller via Ingram.", { partnerType: 'indirectReseller' }],
    ['en-US', 'Old onboarding doc: distributor. That is no longer true; we sell as a direct bill partner.', { partnerType: 'direct' }],
    [
      'en-US',
      "We're a distributor – that's still current. Customer wants support for Visio.",
      { partnerType: 'indirectProvider', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'На визитке написано «дистрибьютор», но это устарело. Мы реселлер, закупаем через Ingram.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '官网上写着我们是分销商，这已经过时了。我们是直签合作伙伴。', { partnerType: 'direct' }],
    ['pt-BR', 'O rodapé do e-mail diz distribuidor, mas isso está desatualizado. Somos revenda indireta via Ingram.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Prospektusunk szerint disztribútorok vagyunk, de ez már nem aktuális. Közvetlen számlázású partner vagyunk.', { partnerType: 'direct' }],
  ]);
});
