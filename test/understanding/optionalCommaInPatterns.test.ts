// A lexicon pattern's "a ,? b" reads "a b" as well as "a , b": the comma left out no longer asks
// for two spaces ("nagy hároméves keretszerződés" with no comma after "nagy", "облако глобальное").
import { checkKind } from './kindCheck';

describe('patterns: an optional comma between two words', () => {
  checkKind([
    ['hu-HU', 'Nagy hároméves keretszerződésük van, azon futnak az E5-ök.', { channel: 'ea', service: 'license' }, []],
    ['hu-HU', 'Nagy, hároméves keretszerződésük van, azon futnak az E5-ök.', { channel: 'ea', service: 'license' }, []],
    ['ru-RU', 'Облако глобальное, у клиента Microsoft 365 E3.', { cloud: 'global', service: 'license' }, []],
  ]);
});
