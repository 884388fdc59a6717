// "EA-juk nincs. Illetve de, van.": a message that opens with the answer it then denies ("they have
// no EA") and takes the "no" back in the next sentence ("well, yes, they do") states that answer,
// as when other words stand before it.
import { checkKind } from './kindCheck';

describe('negation: taken back by a yes, the answer denied opening the message', () => {
  checkKind([
    ['hu-HU', 'EA-juk nincs. Illetve de, van. Azure.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'EA nincs. Illetve de, az van.', { channel: 'ea' }],
    ['hu-HU', 'Azure. EA-juk nincs. Illetve de, van.', { channel: 'ea', service: 'usage' }],
  ]);
});
