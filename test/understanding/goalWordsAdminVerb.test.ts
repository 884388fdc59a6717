// Goal in everyday words: the colloquial verb «админить» («чтоб мы админили») is a wish to have
// the partner administer the tenant, as «администрировать» is; the noun «админ» (the customer's
// administrator) is no goal. Written for these tests; the other languages read so before.
import { checkKind } from './kindCheck';

describe('kind: goal words, «чтоб мы админили» is support; «админ» the person is not', () => {
  checkKind([
    ['ru-RU', 'Клиент хочет, чтоб мы админили.', { goal: 'support' }],
    ['ru-RU', 'Хотят, чтобы мы им всё админили, Office 365.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Админ нашёл договор, купили через EA.', { channel: 'ea' }],
    ['zh-CN', '客户希望我们来管理租户。', { goal: 'support' }],
    ['pt-BR', 'O cliente quer que a gente administre o tenant.', { goal: 'support' }],
    ['hu-HU', 'Az ügyfél azt szeretné, hogy mi adminisztráljuk a tenantot.', { goal: 'support' }],
  ]);
});
