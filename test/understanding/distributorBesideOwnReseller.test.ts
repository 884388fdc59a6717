// A writer that claims to be the indirect reseller and then speaks of "the distributor" in a clause
// of its own (where it is, what it sends) speaks of the one it buys through: that is another party,
// not a second claim. A correction, a doubt, an "or" or a bare field value keeps both open as before.
import { checkKind } from './kindCheck';

describe('a distributor spoken of beside the writer’s own reseller claim', () => {
  checkKind([
    [
      'en-US',
      'Azure for this tenant: we are the indirect reseller here. The distributor is based in Dublin, near the port.',
      { service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'По этому клиенту мы непрямой реселлер, а дистрибьютор сидит в Алматы и выставляет нам счета.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '这个客户我们是间接经销商，分销商在深圳，每月给我们开票。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Nesse cliente nós somos revenda indireta; o distribuidor fica em Curitiba, no centro.', { partnerType: 'indirectReseller' }],
    [
      'hu-HU',
      'Ennél az ügyfélnél közvetett viszonteladó vagyunk mi, a disztribútor pedig Debrecenben van és ő számláz nekünk.',
      { partnerType: 'indirectReseller' },
    ],
    // Near misses: a correction, an "or" and a question leave the role as they did.
    ['en-US', 'We are the indirect reseller, sorry, I mean the distributor.', { partnerType: 'indirectProvider' }],
    ['en-US', 'We are an indirect reseller, or maybe the distributor, not sure.', {}, ['partnerType']],
  ]);
});
