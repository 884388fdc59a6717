// A hedge about a CSP that is ours or a later one ("we are probably the CSP they will move to")
// is a move in prospect, not a doubt about the bundle's seller: the bundle keeps its reading.
import { checkKind } from './kindCheck';

describe('a hedged CSP that is ours is no doubt about the bundle seller', () => {
  checkKind([
    [
      'hu-HU',
      'Az ügyfél a Microsoft 365-öt a mobilszámláján fizeti. Valószínűleg mi leszünk a CSP-jük jövőre.',
      { channel: 'syndication', service: 'license' },
    ],
    [
      'en-US',
      'Their Microsoft 365 was bundled with the broadband plan. Probably we become the CSP they switch to.',
      { channel: 'syndication', service: 'license' },
    ],
    // Near miss: the carrier itself maybe a CSP is still in doubt.
    ['en-US', 'Their Microsoft 365 was bundled with the broadband plan. The provider is perhaps a CSP, unclear.', { service: 'license' }, ['channel']],
  ]);
});
