// "They bought it from a distributor" says where the customer bought, not this partner's role:
// no role is read from it (it is asked). The partner's own words still are: "we buy from a
// distributor" is an indirect reseller, "we are a distributor" an indirect provider.
import { checkKind } from './kindCheck';

describe('a customer who bought from a distributor says nothing of our role', () => {
  checkKind([
    ['en-US', 'The customer bought Office 365 from a distributor.', { service: 'license' }],
    ['en-US', 'We buy from a distributor.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '客户是从分销商那里买的 Office 365', { service: 'license' }],
    ['ru-RU', 'Они купили Office 365 у дистрибьютора.', { service: 'license' }],
    ['pt-BR', 'O cliente comprou de uma distribuidora.', {}],
    ['pt-BR', 'Compraram de uma distribuidora.', {}],
    ['pt-BR', 'Eles compraram o Office 365 de um distribuidor.', { service: 'license' }],
    ['pt-BR', 'Compramos de um distribuidor.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos distribuidor.', { partnerType: 'indirectProvider' }],
    ['hu-HU', 'Az ügyfél egy disztribútortól vásárolta.', {}],
    ['hu-HU', 'Disztribútortól vették az Office 365-öt.', { service: 'license' }],
    ['hu-HU', 'Mi disztribútortól vásárolunk.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'Disztribútor vagyunk.', { partnerType: 'indirectProvider' }],
  ]);
});
