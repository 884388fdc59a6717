// "The parent co" (and "corp") is the parent company, as written out: its EA is not this
// customer's channel.
import { checkKind } from './kindCheck';

describe('whose: "the parent co" is the parent company', () => {
  checkKind([
    [
      'en-US',
      'They have M365. It came through an EA, sorry no, that is the parent co that has the EA. They bought theirs on the Microsoft website.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['en-US', 'The parent corp has an EA. This subsidiary buys Azure through another CSP partner.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
