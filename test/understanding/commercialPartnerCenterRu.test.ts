// «ПЦ» is how a Russian agent shortens the Partner Center, and «коммерческий партнёрский центр» is
// the global one: the cloud is read from them, also from «коммерческом» standing before «или» (both
// clouds named: asked) and from the USA spoken letter by letter («сэ шэ а»).
import { checkKind } from './kindCheck';

describe('the commercial Partner Center in Russian words', () => {
  checkKind([
    ['ru-RU', 'Заказчик сидит в коммерческом партнёрском центре, Dynamics 365 у них через EA.', { cloud: 'global', channel: 'ea', service: 'license' }],
    ['ru-RU', 'Коммерческий ПЦ, Power BI Pro по Open Value.', { cloud: 'global', channel: 'open', service: 'license' }],
    ['ru-RU', 'Тенант в государственном ПЦ, виртуальные машины Azure.', { cloud: 'usgov', service: 'usage' }],
    ['ru-RU', 'Какой центр у них, коммерческий или для правительства США, пока неясно. Azure у них по EA.', { channel: 'ea', service: 'usage' }, ['cloud']],
    ['ru-RU', 'ну короче партнёр центр там для правительства сэ шэ а и виртуалки в ажуре', { cloud: 'usgov', service: 'usage' }],
    // Near misses: a commercial director and a bare «ПЦ» name no cloud.
    ['ru-RU', 'Коммерческий директор клиента попросил КП на Azure.', { service: 'usage' }],
    ['ru-RU', 'Доступ в ПЦ дали вчера, Azure через EA.', { channel: 'ea', service: 'usage' }],
  ]);
});
