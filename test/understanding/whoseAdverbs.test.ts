// Kind "whose": words for "as before" and "at this customer" name no other party: «мы
// по-прежнему T1» is the partner's role (not a former partner's), "ennél az ügyfélnél …
// vagyunk" is ours at this customer (not the customer's).
import { checkKind } from './kindCheck';

describe('kind: whose, "still" and "at this customer" keep the role ours', () => {
  checkKind([
    ['en-US', "we're still T1 on this one, as before", { partnerType: 'direct' }],
    ['ru-RU', 'Мы по-прежнему T1.', { partnerType: 'direct' }],
    ['ru-RU', 'мы по прежнему дистрибьютор', { partnerType: 'indirectProvider' }],
    ['zh-CN', '我们仍然是T1', { partnerType: 'direct' }],
    ['pt-BR', 'nesse cliente nós somos o distribuidor', { partnerType: 'indirectProvider' }],
    ['hu-HU', 'Mi ennél az ügyfélnél indirect provider (disztribútor) vagyunk, a viszonteladó a Rendszerház Kft.', { partnerType: 'indirectProvider' }],
    // A former partner is still another party.
    ['ru-RU', 'их прежний партнёр был T1, мы реселлер', { channel: 'otherCsp', partnerType: 'indirectReseller' }],
    ['hu-HU', 'az ügyfél T1 partnere, mi viszonteladók vagyunk', { partnerType: 'indirectReseller' }],
  ]);
});

describe('kind: whose, the reseller "below us" is another party', () => {
  checkKind([
    ['en-US', "we're the indirect provider, the reseller below us is TechSouth", { partnerType: 'indirectProvider' }],
    ['ru-RU', 'мы дистрибьютор, реселлер под нами — ТехЮг', { partnerType: 'indirectProvider' }],
    ['zh-CN', '我们是分销商，我们下面的经销商是南方科技', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'nós somos o provedor indireto, a revenda embaixo da gente é a TechSul', { partnerType: 'indirectProvider' }],
    ['hu-HU', 'mi vagyunk a disztribútor, az alattunk lévő viszonteladó a TechDél', { partnerType: 'indirectProvider' }],
  ]);
});
