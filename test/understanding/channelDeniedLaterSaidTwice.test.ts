// A channel said twice in one sentence ("a Microsofttól vették közvetlenül") and denied in a later
// sentence ("nem a Microsofttól, hanem egy webshopból") is taken back whole, not only its last
// mention: the later seller is the answer.
import { checkKind } from './kindCheck';

describe('channel: denied later, said twice before', () => {
  checkKind([
    [
      'hu-HU',
      'Microsoft 365 Business Basic, a Microsofttól vették közvetlenül.\nNem a Microsofttól, hanem egy webshopból, ami nem Microsoft-partner.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['hu-HU', 'Az Azure-t EA-n vették, az EA-juk jövőre jár le. Nem EA-n, hanem Open Value-n, javítom.', { channel: 'open', service: 'usage' }],
  ]);
});
