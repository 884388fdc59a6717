// "They're not a CSP reseller, they only use Office 365": a seller word said right after "not a
// CSP" with no comma between is part of what they are not, no seller they are; and a seller word
// further on ("…, and we are a reseller") is not named after "not a CSP," either: neither is a
// third party that sold the product, so the channel stays open.
import { checkKind } from './kindCheck';

describe('channel: "not a CSP" with no seller named right after its comma names no third party', () => {
  checkKind([
    ['en-US', "They're not a CSP reseller, they only use Office 365 and want us to take over support.", { service: 'license', goal: 'support' }],
    [
      'en-US',
      'The customer is not a CSP, they just use Azure and we are a reseller buying through a distributor.',
      { service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
