// A channel denied in a later sentence takes back only that channel, said in the sentence just
// before (the whole of it, from its first word), never what the message says after the denial.
import { checkKind } from './kindCheck';

describe('kind: a channel denied later takes back that channel only', () => {
  checkKind([
    // Another channel said beside it stands, and what else that sentence names.
    ['en-US', 'Bought Azure on Open Value, then from Microsoft. Not from Microsoft but from a local shop.', { channel: 'open', service: 'usage' }],
    ['en-US', 'Bought Azure from Microsoft. Not from Microsoft but from a local shop.', { service: 'usage' }],
    // Said twice, the first time opening the message: taken back whole.
    ['hu-HU', 'Microsofttól vették közvetlenül. Nem a Microsofttól, hanem egy helyi boltból.', {}],
    // Said again after the denial: the newer word stands.
    [
      'en-US',
      'Bought from Microsoft. Not from Microsoft but a local shop. Now they buy from Microsoft again, Azure.',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
