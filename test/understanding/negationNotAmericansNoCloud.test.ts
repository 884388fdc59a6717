// «Они же не американцы» (they're not Americans) said without a pause before the cloud named
// instead: the «не» is of the people, it does not reach the commercial cloud after it, so the
// cloud taken back («джи-си-си, нет, подождите») is not left standing.
import { checkKind } from './kindCheck';

describe('kind: spoken, "not Americans" before the cloud named instead', () => {
  checkKind([
    [
      'ru-RU',
      'так пишем облако правительственное джи си си нет стоп они же не американцы обычное глобальное облако ажур по и эй',
      { cloud: 'global', channel: 'ea', service: 'usage' },
    ],
    ['ru-RU', 'облако gcc хотя нет клиент не американец коммерческое облако у них Office 365', { cloud: 'global', service: 'license' }],
    ['ru-RU', 'Заказчик — американцы, облако у них GCC, Office 365 по EA.', { cloud: 'usgov', channel: 'ea', service: 'license' }],
  ]);
});
