// Own words for the partner's role: a direct account in Partner Center («у нас прямой аккаунт»)
// is a direct-bill partner, as a direct contract is.
import { checkKind } from './kindCheck';

describe('own words: our direct account', () => {
  checkKind([
    ['ru-RU', 'У нас прямой аккаунт в Partner Center, клиент берёт Azure.', { partnerType: 'direct', service: 'usage' }],
    ['ru-RU', 'Office 365, мы с прямым аккаунтом', { partnerType: 'direct', service: 'license' }],
    ['ru-RU', 'аккаунт у нас прямой партнерский, Dynamics 365', { partnerType: 'direct', service: 'license' }],
  ]);
});
