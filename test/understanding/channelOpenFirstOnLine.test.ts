// "Open" written with its capital inside a sentence names the Open programme; the first word of a
// line is its sentence's first, so its capital says nothing ("Handover notes\nOpen items: …"),
// unless the word is the whole line, as a value under a label is ("Licensing\nOpen").
import { checkKind } from './kindCheck';

describe('channel: a capital "Open" opening a line is no name', () => {
  checkKind([
    [
      'en-US',
      'Handover notes\nOpen items: the customer bought Microsoft 365 from another CSP, wants us to support it.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Office 365 for Contoso, licensing\nOpen', { channel: 'open', service: 'license' }],
  ]);
});
