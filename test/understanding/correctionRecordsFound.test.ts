// Records found after a first answer correct it: «нашла письма», «подняли договор», «проверили
// старые заказы» as «посмотрели счёт» do; what was said before them is taken back, even when it
// was said at first («сначала сказала…»).
import { checkKind } from './kindCheck';

describe('correction: the records found', () => {
  checkKind([
    ['ru-RU', 'Клиент сначала сказал, что по EA, потом нашёл письма: Open Value, Office 365.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'сначала сказали «через дистрибьютора», потом нашли переписку, а платили сами на сайте Microsoft', { channel: 'microsoft' }],
    ['ru-RU', 'У клиента Azure по EA. Подняли договор — у другого CSP-партнёра', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'At first they said EA, then we checked the invoice: Open Value, Office 365.', { channel: 'open', service: 'license' }],
  ]);
});
