// "Senki nem volt közte" (nobody was in between) says they bought straight from Microsoft.
// Read before as nothing.
import { checkKind } from './kindCheck';

describe('channel words: nobody in between, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Az Azure-t maguk fizették elő, senki nem volt közte.', { channel: 'microsoft', service: 'usage' }, []],
    // Guard: a seller named with it stays the seller.
    ['hu-HU', 'Egy másik CSP-től vették az Azure-t, más senki nem volt közte.', { channel: 'otherCsp', service: 'usage' }, []],
  ]);
});
