// Kind "whose": a role said of the partner's own distributor ("our distributor is the indirect
// provider", «наш дистрибьютор — непрямой поставщик», "我们的分销商是间接提供商", "nosso
// distribuidor é o provedor indireto", "a disztribútorunk a közvetett szolgáltató") is the
// distributor's, not the partner's: a partner with a distributor of its own is the reseller.
import { checkKind } from './kindCheck';

describe("kind: whose, the role said of our distributor is the distributor's", () => {
  checkKind([
    ['en-US', "Our distributor is the indirect provider, we're a reseller.", { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Наш дистрибьютор — непрямой поставщик, а мы реселлер.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们的分销商是间接提供商，我们是经销商。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Nosso distribuidor é o provedor indireto, nós somos a revenda.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'A disztribútorunk a közvetett szolgáltató, mi viszonteladók vagyunk.', { partnerType: 'indirectReseller' }],
  ]);
});

describe('kind: whose, the partner that is itself the indirect provider still is', () => {
  checkKind([
    ['en-US', "We're the indirect provider, our resellers buy through us.", { partnerType: 'indirectProvider' }],
    ['ru-RU', 'Мы непрямой поставщик, реселлеры покупают через нас.', { partnerType: 'indirectProvider' }],
  ]);
});
