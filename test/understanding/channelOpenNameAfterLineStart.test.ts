// Only the first word of a line loses its capital's say: "Open" later on a line below another is
// still the programme's name, and an indented line's first word is still its first.
import { checkKind } from './kindCheck';

describe('channel: a capital "Open" is a name anywhere but at a line\'s start', () => {
  checkKind([
    ['en-US', 'Licensing\nThe customer has Open, they want support.', { channel: 'open', service: 'license', goal: 'support' }],
    ['en-US', 'Notes\n  Open items: the customer bought Microsoft 365 from another CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
