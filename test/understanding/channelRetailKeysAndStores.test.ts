// Retail product keys, an electronics store, a high street retailer, a named store after the
// product's details in brackets: bought at retail, a third party.
import { checkKind } from './kindCheck';

describe('channel: bought at retail, in other words', () => {
  checkKind([
    ['en-US', 'They bought Office 365 E1 as retail product keys.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'They got Microsoft 365 Business Standard at an electronics store.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'The Project licences came from a high street retailer.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'They bought Microsoft 365 Business Basic (12 seats) at Staples.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'Their O365 came from a syndication partner or possibly a high street retailer, nobody knows.', { service: 'license' }, ['channel']],
  ]);
});
