// "Open q" in meeting notes is an open question, not Open licensing.
import { checkKind } from './kindCheck';

describe('channel: an "open q" is no Open licensing', () => {
  checkKind([
    [
      'en-US',
      'Azure billed through their Enterprise Agreement.\n- Open q for me, not them: plan availability on the gov side.',
      { channel: 'ea', service: 'usage' },
    ],
  ]);
});
