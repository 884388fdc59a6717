// "…so we're the ones billing them" says what the move is for: the partner becoming the one that
// invoices is a move of the billing, as "for us to be the ones who bill" already was. Said of
// today without "so" ("we're the ones invoicing … today") it is no move and keeps its reading.
import { checkKind } from './kindCheck';

describe('"so we are the ones invoicing" is a move (en-US)', () => {
  checkKind([
    [
      'en-US',
      'Visio Plan 2 is on Open Value now; they asked to shift it across so we are the ones charging them.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      "Project seats sit with another CSP. Customer's wish: move it all, so that we'll be the ones billing.",
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['en-US', "Visio Plan 2 on Open Value, we're the ones invoicing the support hours today.", { channel: 'open', service: 'license', goal: 'support' }],
  ]);
});
