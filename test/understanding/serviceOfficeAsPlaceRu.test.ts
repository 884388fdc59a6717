// «У них же офис в Штатах есть» (they have an office in the States) names a place, not Office:
// an office someone has in or at somewhere is no product, and no licences follow from it.
// Office in the product's sense stays read. Written for these tests.
import { checkKind } from './kindCheck';

describe('service: «офис в …» that someone has is a place, not Office (Russian)', () => {
  checkKind([
    ['ru-RU', 'Клиент хочет перенести Azure-подписки к нам. У них же офис в Штатах есть.', { service: 'usage' }],
    ['ru-RU', 'У клиента есть офис в Алматы, а Azure куплен у другого партнёра.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'У них офис 365, купили у другого партнёра.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'У них офис в рамках EA.', { channel: 'ea', service: 'license' }],
  ]);
});
