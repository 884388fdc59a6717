// «Берёт (ведёт) реселлер «…», мы только поставщик»: the partner that is only the supplier of the
// reseller taking the case is its distributor, the indirect provider. «Поставщик» alone says no
// role. Written for these tests.
import { checkKind } from './kindCheck';

describe('role: only the supplier of the reseller, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Клиента ведёт реселлер «Бета-Софт», мы лишь поставщик. Open Value, Visio.',
      { channel: 'open', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['ru-RU', 'Open Value, Visio; поставщик лицензий у клиента не меняется.', { channel: 'open', service: 'license' }],
  ]);
});
