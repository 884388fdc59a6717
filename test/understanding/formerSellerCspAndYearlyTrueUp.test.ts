// «он сам был CSP» says the seller named before it was itself a CSP partner; a big contract with
// Microsoft for three years, with licences counted up every year (a true-up), is an Enterprise
// Agreement.
import { checkKind } from './kindCheck';

describe('a seller that was itself a CSP, and a three-year contract counted up every year', () => {
  checkKind([
    ['ru-RU', 'Azure им вёл прошлый подрядчик, он сам был CSP и присылал счета каждый месяц.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'По словам бухгалтера, у них крупный контракт с Майкрософт на три года, E3 на всех.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Каждый год в ноябре досчитывают лицензии Office 365 E1, нужна поддержка.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
