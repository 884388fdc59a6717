// "Compramos por um distribuidor": buying through a distributor makes this partner the reseller
// under it, whatever the preposition ("por", "via", "com", "através de", "por meio de"), as "We
// buy through a distributor" does; the distributor's bare name must not make it the provider.
// Being a distributor ("somos distribuidor") is still the provider.
import { checkKind } from './kindCheck';

describe('role: buying through a distributor is the reseller, whatever the preposition', () => {
  checkKind([
    ['en-US', 'We buy our licences through a distributor.', { service: 'license', partnerType: 'indirectReseller' }],
    ['ru-RU', 'Лицензии мы покупаем через дистрибьютора.', { service: 'license', partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是通过分销商采购的。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'A gente compra por um distribuidor.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Compramos por distribuidor, não direto.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Nós compramos por meio de uma distribuidora.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Compramos por intermédio de um distribuidor.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Compramos com distribuidor.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Compramos via um distribuidor.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Egy disztribútoron keresztül vettünk.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Disztribútortól vettünk licenceket.', { service: 'license', partnerType: 'indirectReseller' }],
  ]);
});

describe('role: being a distributor is still the provider', () => {
  checkKind([
    ['en-US', 'We are a distributor.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'Nós somos distribuidor.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'Somos uma distribuidora, vendemos por meio de revendas.', { partnerType: 'indirectProvider' }],
    ['hu-HU', 'Mi disztribútor vagyunk.', { partnerType: 'indirectProvider' }],
  ]);
});
