// The previous partner's role, with its name said between ("their previous partner, Acme IT, was
// a direct-bill CSP"), is theirs, not ours: our role is what we say of ourselves.
import { checkKind } from './kindCheck';

describe('partnerType: the previous partner named, then its role', () => {
  checkKind([
    [
      'en-US',
      "Heads up: their previous partner, Acme IT, was a direct-bill CSP. We're not - we buy through our distributor. They want us to support their Office 365.",
      { channel: 'otherCsp', service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
  ]);
});
