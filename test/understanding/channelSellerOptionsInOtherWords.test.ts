// "Either off Amazon or through some reseller that was a CSP partner": a store bought "off", and a
// seller said to have been a CSP, offered as two options: the channel is asked, the CSP named.
import { checkRead } from './kindCheck';

describe('channel: bought off a store, or from a seller that was a CSP', () => {
  checkRead([
    [
      'en-US',
      "They got the Visio either off Amazon or through a reseller that was a CSP partner, they don't remember which.",
      { service: 'license' },
      { hedged: { channel: 'otherCsp' } },
    ],
    ['en-US', 'They bought Office 365 from a reseller which was a CSP.', { channel: 'otherCsp', service: 'license' }, {}],
  ]);
});
