// "We're already partner of record" says what is, not what is wanted: no move. The goal is
// what they ask for next ("handle it day to day").
import { checkKind } from './kindCheck';

describe('goal: already partner of record is no move', () => {
  checkKind([
    ['en-US', "We're already their partner of record for Office 365. Now they'd like us to handle it day to day.", { service: 'license', goal: 'support' }],
    [
      'en-US',
      'We are already the CSP of record on the EA side; for the Office 365 E3 they just want admin only.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    // Without "already" it is still the move.
    ['en-US', 'They want us to be partner of record for their Office 365.', { service: 'license', goal: 'move' }],
  ]);
});
