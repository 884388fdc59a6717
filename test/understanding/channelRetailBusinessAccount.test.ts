// Channel words: bought "on a Best Buy business account" is bought at the retailer, as "at Best
// Buy" is: a third party.
import { checkKind } from './kindCheck';

describe("channel: bought on a retailer's account is bought at the retailer", () => {
  checkKind([
    ['en-US', 'The customer bought Office 365 on a Staples business account.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'They got Microsoft 365 on an Office Depot account last year.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
