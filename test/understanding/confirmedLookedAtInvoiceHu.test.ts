// A doubt taken back by a look at the papers: "azt hiszem … igen, megnéztem a számlát" (I think …
// yes, I looked at the invoice) states what was doubted.
import { checkKind } from './kindCheck';

describe('variant: a doubt lifted by looking at the invoice', () => {
  checkKind([
    ['hu-HU', 'Azt hiszem, közvetlenül a Microsofttól vették… igen, megnéztem a számlát.', { channel: 'microsoft' }],
    ['hu-HU', 'Talán EA-n keresztül vették. Megnéztük, igen.', { channel: 'ea' }],
    ['en-US', 'I think they bought it directly from Microsoft... yes, I checked the invoice.', { channel: 'microsoft' }],
  ]);
});
