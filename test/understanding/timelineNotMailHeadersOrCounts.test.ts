// A record's timeline is read by its dates, but a mail's reply headers ("2025-03-01 09:14, Anna
// wrote:") make a thread, whose newest reply is the one typed above them; and a count opening a
// line ("2000 seats") is no year.
import { checkKind } from './kindCheck';

describe('kind: thread, dated reply headers and counts are no timeline', () => {
  checkKind([
    [
      'en-US',
      "Checked the contract: it's an EA, not Open Value.\n\n2025-03-01 09:14, Anna Kovacs wrote:\nThey are on Open Value, Microsoft 365, want to move to us.\n\n2025-02-27 17:40, Peter Nagy wrote:\nNew lead, Microsoft 365.",
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Ellenőriztem: EA, nem Open Value.\n\n2025. 03. 01. 9:14 keltezéssel, Anna írta:\nOpen Value-n vannak, Microsoft 365.\n\n2024. 12. 20. 17:40 keltezéssel, Péter írta:\nÚj lead.',
      { channel: 'ea', service: 'license' },
    ],
    ['en-US', '2000 seats of Microsoft 365 via EA\n2010 seats of Office 365 from another CSP', { service: 'license' }, ['channel']],
  ]);
});
