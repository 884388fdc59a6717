// A product named only as a quote asked for on the side ("also wants a Copilot quote") is a later
// sale, not the customer's product in this case.
import { checkKind } from './kindCheck';

describe('rambling: "a Copilot quote" asked for on the side names no product of this case', () => {
  checkKind([
    [
      'en-US',
      'Their Azure runs on an Enterprise Agreement and we are tee one. The IT director also asked for a Microsoft 365 E5 quote for next year.',
      { channel: 'ea', service: 'usage', partnerType: 'direct' },
    ],
    // A quote with no product before it takes nothing away.
    ['en-US', 'Office 365 E3 via an Open Value agreement, they asked for a quote to move it to us', { channel: 'open', service: 'license', goal: 'move' }],
  ]);
});
