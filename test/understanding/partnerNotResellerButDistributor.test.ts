// «Мы здесь не реселлер, а дистрибьютор»: the role the partner says it is not, a few words after
// «мы», is not its role; the one after «а» is. A plain «мы тут реселлер» is still a reseller.
import { checkKind } from './kindCheck';

describe('kind: notButY, we are not a reseller but a distributor', () => {
  checkKind([
    ['ru-RU', 'Мы здесь не реселлер, а дистрибьютор. Azure у клиента по EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' }],
    [
      'ru-RU',
      'Мы по этому клиенту не реселлер, а косвенный поставщик, Office 365 у них от Microsoft напрямую.',
      { channel: 'microsoft', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['ru-RU', 'Мы тут реселлер через дистрибьютора, Office 365 по Open.', { channel: 'open', service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
