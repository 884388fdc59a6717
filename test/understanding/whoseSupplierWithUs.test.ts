// Whose words: «X у нас дистрибьютор» (X is our distributor) names the partner's supplier, which
// makes the partner an indirect reseller; «у нас статус дистрибьютора» stays the partner's own
// role. Written for these tests; the other languages say it with "our" and read so before.
import { checkKind } from './kindCheck';

describe('kind: whose, a distributor the partner has («у нас дистрибьютор») is its supplier', () => {
  const ours = { partnerType: 'indirectReseller' } as const;
  checkKind([
    ['ru-RU', 'Мы реселлер, Merlion у нас дистрибьютор.', ours],
    ['ru-RU', 'У нас дистрибьютором выступает Treolan.', ours],
    ['ru-RU', 'OCS у нас как дистрибьютор.', ours],
    // Guards: the partner's own status, and the other languages' "our distributor".
    ['ru-RU', 'У нас статус дистрибьютора.', { partnerType: 'indirectProvider' }],
    ['ru-RU', 'Мы дистрибьютор, у нас реселлеры по всей стране.', { partnerType: 'indirectProvider' }],
    ['en-US', "We're a reseller, Ingram is our distributor.", ours],
    ['zh-CN', '我们是经销商，神州数码是我们的分销商。', ours],
    ['pt-BR', 'Somos revenda, a Ingram é nossa distribuidora.', ours],
    ['hu-HU', 'Viszonteladók vagyunk, az Ingram a disztribútorunk.', ours],
  ]);
});
