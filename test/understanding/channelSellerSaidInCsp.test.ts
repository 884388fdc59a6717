// A seller said to be in the CSP program or not («подрядчик — он тоже сидит в программе CSP»,
// «хостер, в CSP не состоит»): the first is another CSP partner, the second a third party.
import { checkKind } from './kindCheck';

describe('kind: channel words, a contractor that is a CSP too', () => {
  checkKind([
    ['ru-RU', 'Лицензии Office 365 брали у подрядчика, он тоже CSP, хотят перенести к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Azure брали у интегратора — он тоже участвует в программе CSP.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});

describe('kind: channel words, a seller not in the CSP program', () => {
  checkKind([
    ['ru-RU', 'Office 365 купили у хостинг-провайдера, он в CSP не состоит.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Azure им продаёт небольшая фирма, в программе CSP не участвует.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
