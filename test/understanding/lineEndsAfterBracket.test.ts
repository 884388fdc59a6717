// A line that ends in a closing bracket ends its sentence, as any line without a comma at its
// end does: "Csatorna: Advisor (Zsolt)" on one line and a later line denying the Advisor are two
// sentences, so the denial takes back the channel the line above gave.
import { checkKind } from './kindCheck';

describe('text: a line ending in a closing bracket ends its sentence', () => {
  checkKind([
    [
      'hu-HU',
      'Termék: Azure\nCsatorna: Advisor (Péter szerint)\nBeszéltem velük, nem Advisoron keresztül, hanem közvetlenül a Microsofttól vették',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'en-US',
      'Product: Azure\nChannel: Advisor (per Tom)\nSpoke to them: not through Advisor, they bought it direct from Microsoft',
      { channel: 'microsoft', service: 'usage' },
    ],
  ]);
});
