// A seller named after a purchase and said to be a CSP in a relative clause with no comma before
// "who" ("purchased … through M/s Orbit Systems who is a CSP partner", as Indian English writes it)
// is another CSP, as with the comma; "we bought … through X who is a CSP" stays the writer's
// purchase and states no other CSP.
import { checkKind } from './kindCheck';

describe('channel: a seller then "who is a CSP partner" without a comma, en-US', () => {
  checkKind([
    [
      'en-US',
      'Kindly note the party has bought Office 365 licences through M/s Orbit Systems who is a CSP partner and wants billing moved to us.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['en-US', 'The school purchased Azure from Tarun Infotech who is a CSP reseller.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'We bought the Visio seats through Orbit who is a CSP partner.', { service: 'license' }],
  ]);
});
