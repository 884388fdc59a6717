// A channel denied in a later sentence takes back every earlier mention of it, not only the one in the
// sentence right before: "From Microsoft. Azure. Bought from Microsoft. Not from Microsoft but from a
// local shop." answers no channel with the value just denied.
import { checkKind } from './kindCheck';

describe('not X but Y: a channel denied later takes back each earlier mention of it', () => {
  checkKind([
    ['en-US', 'From Microsoft. Azure. Bought from Microsoft. Not from Microsoft but from a local shop.', { service: 'usage' }],
    ['hu-HU', 'A Microsofttól. Azure. A Microsofttól vették. Nem a Microsofttól, hanem egy helyi boltból.', { service: 'usage' }],
  ]);
});
