// Named sellers of hardware and software (Dell, CDW, Best Buy, Staples, Amazon) are sellers of
// unknown kind, as "a reseller" or "a hosting company" are: said not to be a CSP partner
// ("through Dell with a laptop order, not CSP") they are a third party; named alone the channel
// stays unread (some of them are CSP partners); offered with "or" beside a channel, that
// channel is asked about by name.
import { checkRead } from './kindCheck';

describe('channel words: a named retailer is a seller of unknown kind', () => {
  checkRead([
    [
      'en-US',
      'They bought their Office 365 through Dell with a laptop order, not CSP, just a Dell invoice.',
      { channel: 'thirdParty', service: 'license' },
      {},
    ],
    ['en-US', 'Office 365 Business from Best Buy, which is not a CSP.', { channel: 'thirdParty', service: 'license' }, {}],
    ['en-US', 'They bought Office 365 through Dell.', { service: 'license' }, {}],
    ['en-US', 'Office 365 from Dell or from a syndication partner, nobody knows.', { service: 'license' }, { hedged: { channel: 'syndication' } }],
  ]);
});
