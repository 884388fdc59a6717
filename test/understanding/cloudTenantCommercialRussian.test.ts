// «Коммерческий тенант», «тенант глобальный»: the customer's tenant said to be commercial or
// global names the global cloud, as «коммерческое облако» does; a correction away from the
// government cloud to it ends on the global cloud.
import { checkKind } from './kindCheck';

describe('short-variant: a commercial or global tenant is the global cloud (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'У клиента обычный коммерческий тенант, Office 365 брали по EA.', { cloud: 'global', channel: 'ea', service: 'license' }],
    ['ru-RU', 'Тенант у них глобальный, Azure купили у другого CSP.', { cloud: 'global', channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Клиент в GCC — стоп, нет, у них коммерческий тенант.', { cloud: 'global' }],
  ]);
});
