// «Мы … работаем через местного реселлера»: the local reseller the partner itself works or buys
// through is its own supply, not where the customer bought, so the customer's seller said
// elsewhere stands. A local reseller the customer bought from is still the other channel. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: our own local reseller, in Russian', () => {
  checkKind([
    [
      'ru-RU',
      'Шанхайский филиал клиента, облако 21Vianet, Azure купили у самого 21Vianet. Мы в Китае дистрибьютор, работаем через местного реселлера.',
      { cloud: 'china', channel: 'vianet', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      'Облако 21Vianet, Office 365 купили у 21Vianet, а мы закупаемся у местного дистрибьютора.',
      { cloud: 'china', channel: 'vianet', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Облако 21Vianet, Office 365 они купили через местного реселлера.', { cloud: 'china', channel: 'other', service: 'license' }],
  ]);
});
