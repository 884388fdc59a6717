// «тенант у нас глобальный» says the cloud as «тенант глобальный» does: the owner named between
// the tenant and its kind («у нас», «у них», «у клиента») does not hide it.
import { checkKind } from './kindCheck';

describe('cloud: the tenant said global with its owner between (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Поправка: тенант у нас глобальный, не китайский. Лицензии Visio.', { cloud: 'global', service: 'license' }],
    ['ru-RU', 'тенант у них коммерческий, Azure через EA', { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});
