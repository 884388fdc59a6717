// A bulleted list of fields ("- Ügyfél: …", "- Termék: …", "- Mi: direkt") is a note, not a call
// transcript, though "ügyfél" and "mi" are speaker labels too: it is read as one text, so "Mi:
// direkt" (we: direct) is our role and a later line corrects the channel an earlier one gave.
import { checkKind } from './kindCheck';

describe('text: a bulleted field list is no transcript', () => {
  checkKind([
    ['hu-HU', '- Ügyfél: Kelet Trans Kft.\n- Termék: Microsoft 365 E3\n- Mi: direkt', { service: 'license', partnerType: 'direct' }],
    [
      'hu-HU',
      '- Ügyfél: Kelet Trans Kft.\n- Csatorna: EA\n- Mi: közvetlen\n- Javítás: nem EA, hanem Open Value. Azure.',
      { channel: 'open', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});
