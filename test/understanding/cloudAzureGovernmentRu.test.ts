// "Azure Government" (or "Azure Gov") in a Russian message is the US government cloud, and Azure
// with it; said with a «не» before the commercial cloud named instead, it is denied. English text
// ("about Azure Government") is left to the English reader.
import { checkKind } from './kindCheck';

describe('kind: "Azure Government" in a Russian message is the US government cloud', () => {
  checkKind([
    ['ru-RU', 'Azure Government, брали по EA, мы прямой партнёр.', { cloud: 'usgov', channel: 'ea', service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'У заказчика Azure Gov, оплата напрямую Microsoft по карте.', { cloud: 'usgov', channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Не Azure Government, а обычное коммерческое облако, Azure по EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Не знаю, Azure Government там или коммерческое облако, Azure по EA.', { channel: 'ea', service: 'usage' }, ['cloud']],
  ]);
});
